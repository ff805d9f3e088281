/**
 * WebSocket close codes Planrom uses for board connections (4000–4999 are for applications).
 * The web app tells the user in plain words what happened for each.
 */
export const closeCodes = {
  /** The session ended (logged out, "log out everywhere", password changed, account deleted). */
  sessionEnded: 4401,
  /** The caller no longer may see this board (left the region, role removed). */
  accessRevoked: 4403,
  /** The board was deleted or archived. */
  boardGone: 4404,
  /** The caller's rights changed (e.g. member became observer): reconnect to get the new ones. */
  accessChanged: 4409,
  /** The share link this guest came in by was revoked. */
  shareLinkRevoked: 4410,
  /** The board already has as many people connected as it can take. */
  boardFull: 4429,
  /**
   * The client sent more messages or bytes per second than a board socket may (a flood); it may
   * connect again after a pause.
   */
  tooManyMessages: 4408,
  /** The client sent something the server cannot accept (malformed or too large). */
  badMessage: 4400,
  /**
   * The server cannot go on with this connection now (shutting down or restarting, the database
   * busy, or the client too slow to keep up); reconnect shortly and send unsaved changes again.
   */
  serverRestart: 4503,
} as const;

export type CloseCode = (typeof closeCodes)[keyof typeof closeCodes];
