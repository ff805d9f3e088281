import { plainValueStore, usePlainValue } from './plain-value-store';

/** Where the presenter's area is on the meeting-room screen, in window pixels, and whether they show a slide. */
export interface PresentedArea {
  left: number;
  top: number;
  width: number;
  height: number;
  /** The presenter is on a slide (not looking around the board freely). */
  onSlide: boolean;
}

/**
 * The presenter's area on this meeting-room screen while it follows someone, null otherwise (and
 * in every other browser). The screen's meeting view sets it; what a board holds at the edges of
 * its view (a plan process's lane and phase names) keeps to it, so that on the wall those names
 * stand where the presenter sees them, not in the dimmed band beside.
 */
export const presentedArea = plainValueStore<PresentedArea | null>(null);

/** The presenter's area on this meeting-room screen, or null (see `presentedArea`). */
export function usePresentedArea(): PresentedArea | null {
  return usePlainValue(presentedArea);
}
