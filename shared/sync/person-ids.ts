/**
 * How a person is named to others on a board. An account is its id everywhere. A guest has no
 * account: in meetings and diagram presence they are `gjest-` and a hash of their visit (never the
 * visit itself); on a canvas, where tldraw attributes work to a user id, `guest:` and their name,
 * which is all a canvas knows of them.
 */
export const guestPersonIdPrefix = 'gjest-';

/** The id tldraw attributes a guest's canvas work to (a note's `textLastEditedBy`). */
export function canvasGuestId(name: string): string {
  return `guest:${name}`;
}

/** tldraw's `user:` record of that attribution id, which a canvas presence names as its `userId`. */
export function canvasUserRecordId(attributionId: string): string {
  return `user:${attributionId}`;
}

/**
 * Whether a canvas presence (its `userId`, as the server stamps it) is this meeting participant's:
 * the same account, or for a guest the canvas's id of their name. A person who only shares the
 * name is not.
 */
export function isCanvasPresenceOf(userId: string, person: { id: string; name: string }): boolean {
  const attribution = person.id.startsWith(guestPersonIdPrefix) ? canvasGuestId(person.name) : person.id;
  return userId === canvasUserRecordId(attribution);
}
