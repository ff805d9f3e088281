/** What a presentation or a handout needs of a slide: a stable id and a title to read out. */
export interface Slide {
  id: string;
  title: string;
}
