import { plainValueStore, usePlainValue } from './plain-value-store';

/** The slide someone is presenting in this browser, as others may want to read it (meeting mode). */
export interface CurrentSlide {
  boardId: string;
  /** A frame's shape id on canvas boards; `phase:…`, `category:…`, `group:…` or `folder:…` on diagrams. */
  slideId: string;
  /** 0-based position in the presentation order. */
  index: number;
  count: number;
  title: string;
}

/**
 * Which slide this browser is presenting, if any. The presentation drives only the presenter's own
 * camera or viewport; whoever wants to follow it (the meeting's "follow the presenter") reads this.
 */
export const presentationStore = plainValueStore<CurrentSlide | null>(null);

/**
 * The slide being presented in this browser (on the given board, when one is named), or null.
 * @example const slide = useCurrentSlide(board.id); slide && `${slide.index + 1} / ${slide.count}`
 */
export function useCurrentSlide(boardId?: string): CurrentSlide | null {
  const slide = usePlainValue(presentationStore);
  return slide && (boardId === undefined || slide.boardId === boardId) ? slide : null;
}
