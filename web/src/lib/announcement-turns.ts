/** The texts of a part's two polite live regions (the diagram editor's, the meeting tools'), which take turns to speak. */
export type AnnouncementTurns = readonly [string, string];

/** Both regions silent, as the part opens. */
export const silentRegions: AnnouncementTurns = ['', ''];

/**
 * The two regions' texts once `message` is said: it goes into the region that was silent, and the
 * one that spoke last is emptied. A screen reader reads a region when its text changes, and the
 * browser tells it only what a region says when it next looks (a region emptied and filled again a
 * frame later can look unchanged), so the same sentence said twice, «Angret.» after «Angret.», must
 * land in a region that said nothing just before.
 * @param regions what the two regions say now
 * @param message the sentence to be read out
 * @returns what they say next: `message` in one, nothing in the other
 * @example nextAnnouncement(['', 'Angret.'], 'Angret.') // ['Angret.', '']
 */
export function nextAnnouncement(regions: AnnouncementTurns, message: string): AnnouncementTurns {
  return regions[1] === '' ? ['', message] : [message, ''];
}
