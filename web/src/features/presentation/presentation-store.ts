import { useSyncExternalStore } from 'react';

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

let current: CurrentSlide | null = null;
const listeners = new Set<() => void>();

/**
 * Which slide this browser is presenting, if any. The presentation drives only the presenter's own
 * camera or viewport; whoever wants to follow it (the meeting's "follow the presenter") reads this.
 */
export const presentationStore = {
  get: (): CurrentSlide | null => current,
  set(next: CurrentSlide | null): void {
    if (current === next || (current && next && JSON.stringify(current) === JSON.stringify(next))) return;
    current = next;
    for (const listener of listeners) listener();
  },
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

/**
 * The slide being presented in this browser (on the given board, when one is named), or null.
 * @example const slide = useCurrentSlide(board.id); slide && `${slide.index + 1} / ${slide.count}`
 */
export function useCurrentSlide(boardId?: string): CurrentSlide | null {
  const slide = useSyncExternalStore(presentationStore.subscribe, presentationStore.get, presentationStore.get);
  return slide && (boardId === undefined || slide.boardId === boardId) ? slide : null;
}
