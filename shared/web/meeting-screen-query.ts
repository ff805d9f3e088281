/**
 * The query that opens a board (or a view link) as a meeting-room screen: `?visning=skjerm`. A module
 * of its own: the board and share-link pages read it, and they need none of the meeting protocol.
 */
export const meetingScreenQuery = { name: 'visning', value: 'skjerm' } as const;

/** Whether a page's query string (`location.search`) opens it as the meeting-room screen. */
export function isMeetingScreenSearch(search: string): boolean {
  return new URLSearchParams(search).get(meetingScreenQuery.name) === meetingScreenQuery.value;
}
