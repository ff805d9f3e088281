import { useSyncExternalStore } from 'react';

/** Where the presenter's area is on the meeting-room screen, in window pixels, and whether they show a slide. */
export interface PresentedArea {
  left: number;
  top: number;
  width: number;
  height: number;
  /** The presenter is on a slide (not looking around the board freely). */
  onSlide: boolean;
}

let current: PresentedArea | null = null;
const listeners = new Set<() => void>();

/**
 * The presenter's area on this meeting-room screen while it follows someone, null otherwise (and
 * in every other browser). The screen's meeting view sets it; what a board holds at the edges of
 * its view (a plan process's lane and phase names) keeps to it, so that on the wall those names
 * stand where the presenter sees them, not in the dimmed band beside.
 */
export const presentedArea = {
  get: (): PresentedArea | null => current,
  set(next: PresentedArea | null): void {
    const same = current === next || (current && next && (['left', 'top', 'width', 'height', 'onSlide'] as const).every((key) => current![key] === next[key]));
    if (same) return;
    current = next;
    for (const listener of listeners) listener();
  },
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

/** The presenter's area on this meeting-room screen, or null (see `presentedArea`). */
export function usePresentedArea(): PresentedArea | null {
  return useSyncExternalStore(presentedArea.subscribe, presentedArea.get, presentedArea.get);
}
