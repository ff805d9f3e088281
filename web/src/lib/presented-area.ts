import { plainValueStore, usePlainValue } from './plain-value-store';

/** Who presents to the meeting-room screen, where their area is on it (window pixels), and whether they show a slide. */
export interface PresentedArea {
  /** As the meeting names them: the account's id (or a guest's), and their name. */
  presenter: { id: string; name: string };
  left: number;
  top: number;
  width: number;
  height: number;
  /** The slide the presenter is on, or null while they look around the board freely. */
  slideId: string | null;
}

/**
 * The presenter and their area on this meeting-room screen while it follows someone, null otherwise
 * (and in every other browser). The screen's meeting view sets it. What a board holds at the edges
 * of its view (a plan process's lane and phase names) keeps to the area, so that on the wall those
 * names stand where the presenter sees them, not in the dimmed band beside; and the board shows the
 * presenter's pointer only, not everyone's.
 */
export const presentedArea = plainValueStore<PresentedArea | null>(null);

/** The presenter's area on this meeting-room screen, or null (see `presentedArea`). */
export function usePresentedArea(): PresentedArea | null {
  return usePlainValue(presentedArea);
}
