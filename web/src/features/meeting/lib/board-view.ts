import type { PresenterView } from '../../../../../shared/meeting/meeting-protocol';

/** Something on the board people can vote on or write in a round: a canvas note or a diagram node. */
export interface BoardItem {
  id: string;
  label: string;
}

/** A part of the board is offered as a vote's scope when it holds at least this many items. */
export const fewestItemsInArea = 2;

/** A part of the board a vote can be limited to (a canvas frame, a diagram's phase or group), with the items in it. */
export interface BoardArea {
  id: string;
  label: string;
  items: BoardItem[];
}

/** The parts of a board a vote can be limited to, and the one around this person's selection, if any. */
export interface BoardAreas {
  areas: BoardArea[];
  selected: string | null;
}

/** A rectangle in window (client) pixels. */
export interface ScreenBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * What the meeting tools need from a board editor, whichever kind it is: where the viewer looks,
 * a way to look where the presenter looks, the items on it and where they are on screen, and word
 * when this person makes a new item. The canvas and the diagram editor each make one.
 */
export interface BoardView {
  /** Where the viewer looks (the slide, if any, is the presentation's to say). */
  getView(): Pick<PresenterView, 'bounds' | 'page'> | null;
  /** Calls back whenever the viewer's view (or, on a canvas, page) changes; returns a stop function. */
  onViewChange(listener: () => void): () => void;
  /**
   * Calls back when the board's drawing area changes size, once the editor has taken the new size in
   * (a window's resize event comes before that, so a fit made then uses the old size); returns a stop
   * function.
   */
  onResize(listener: () => void): () => void;
  /** Moves the viewer's view to show what the presenter sees, fitted whole (never cropped). */
  showView(view: PresenterView): void;
  /** Shows the whole board (the meeting-room screen before anyone presents). */
  showWhole(): void;
  /** Where an area of the board (in board coordinates) is on screen now. */
  boundsBox(bounds: PresenterView['bounds']): ScreenBox | null;
  /** What a vote, a round or a decision can be about, in the board's order. */
  listItems(): BoardItem[];
  /**
   * The parts of the board a vote can be limited to (each with `fewestItemsInArea` items or more),
   * and the one around this person's selection (null: none, or the whole board).
   */
  listAreas(): BoardAreas;
  itemBox(id: string): ScreenBox | null;
  /** Where the board's drawing area is on screen. */
  viewportBox(): ScreenBox | null;
  /** Calls back with the id of each item this person creates (not others'); returns a stop function. */
  onLocalItemCreated(listener: (id: string) => void): () => void;
  /**
   * Until the returned function is called, this person's new items carry no author of the editor's
   * own (tldraw signs notes with their writer's name), so an anonymous round stays anonymous in the
   * board's data too, not only on screen.
   */
  withholdAuthorship(): () => void;
}
