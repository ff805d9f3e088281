import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import { readStatement } from '../db/read-statement';
import { boards, sessions, shareLinks, users } from '../db/schema/index';
import { newId } from '../lib/ids';
import type { GuestVisit, SignedInUser } from './principal';
import { hashToken, newToken } from './tokens';

export interface SessionPolicy {
  /** A session unused this long ends. */
  idleMs: number;
  /** A session ends this long after log-in, however active. */
  absoluteMs: number;
  /** The clock sessions are measured by (milliseconds): `Date.now` unless a test injects one. */
  clock?: () => number;
}

/** Don't write `last_seen_at` on every request: once a minute is precise enough for idle expiry. */
const touchEveryMs = 60_000;

/** Starts a session for a user or a guest and returns the token for the cookie. */
export async function createSession(
  db: Database,
  policy: SessionPolicy,
  owner: { userId: string } | { shareLinkId: string; guestName: string },
  userAgent: string | null,
): Promise<{ token: string; id: string }> {
  const token = newToken();
  const now = (policy.clock ?? Date.now)();
  const id = newId();
  await db.insert(sessions).values({
    id,
    tokenHash: hashToken(token),
    userId: 'userId' in owner ? owner.userId : null,
    shareLinkId: 'shareLinkId' in owner ? owner.shareLinkId : null,
    guestName: 'guestName' in owner ? owner.guestName : null,
    createdAt: new Date(now),
    lastSeenAt: new Date(now),
    expiresAt: new Date(now + policy.absoluteMs),
    userAgent: userAgent?.slice(0, 300) ?? null,
  });
  return { token, id };
}

function isLive(row: { lastSeenAt: Date; expiresAt: Date }, policy: SessionPolicy, now: number) {
  return row.expiresAt.getTime() > now && now - row.lastSeenAt.getTime() < policy.idleMs;
}

async function touch(db: Database, id: string, lastSeenAt: Date, now: number) {
  if (now - lastSeenAt.getTime() > touchEveryMs) {
    await db
      .update(sessions)
      .set({ lastSeenAt: new Date(now) })
      .where(eq(sessions.id, id));
  }
}

// Looked up on every request: prepared once (see read-statement.ts), only the columns needed.
const userSessionByToken = readStatement(
  {
    sessionId: sessions.id,
    lastSeenAt: sessions.lastSeenAt,
    expiresAt: sessions.expiresAt,
    id: users.id,
    email: users.email,
    displayName: users.displayName,
    municipality: users.municipality,
    isAdmin: users.isAdmin,
  },
  (q) =>
    q
      .from(sessions)
      .innerJoin(users, eq(users.id, sessions.userId))
      .where(and(eq(sessions.tokenHash, sql.placeholder('tokenHash')), gt(sessions.expiresAt, sql.placeholder('now')))),
);

const guestSessionByToken = readStatement(
  {
    sessionId: sessions.id,
    lastSeenAt: sessions.lastSeenAt,
    expiresAt: sessions.expiresAt,
    guestName: sessions.guestName,
    shareLinkId: shareLinks.id,
    boardId: shareLinks.boardId,
    access: shareLinks.access,
  },
  (q) =>
    q
      .from(sessions)
      .innerJoin(shareLinks, eq(shareLinks.id, sessions.shareLinkId))
      .innerJoin(boards, eq(boards.id, shareLinks.boardId))
      .where(and(eq(sessions.tokenHash, sql.placeholder('tokenHash')), isNull(shareLinks.revokedAt), isNull(boards.archivedAt))),
);

/** The user behind a session cookie, or null when the session is unknown, ended or expired. */
export async function findUserSession(db: Database, policy: SessionPolicy, token: string): Promise<{ sessionId: string; user: SignedInUser } | null> {
  const now = (policy.clock ?? Date.now)();
  const row = await userSessionByToken.get(db, { tokenHash: hashToken(token), now });
  if (!row || !isLive(row, policy, now)) return null;
  await touch(db, row.sessionId, row.lastSeenAt, now);
  const { sessionId, id, email, displayName, municipality, isAdmin } = row;
  return { sessionId, user: { id, email, displayName, municipality, isAdmin } };
}

/** The guest visit behind a guest cookie, or null when it ended or its share link was revoked. */
export async function findGuestSession(db: Database, policy: SessionPolicy, token: string): Promise<GuestVisit | null> {
  const now = (policy.clock ?? Date.now)();
  const row = await guestSessionByToken.get(db, { tokenHash: hashToken(token) });
  if (!row || !isLive(row, policy, now)) return null;
  await touch(db, row.sessionId, row.lastSeenAt, now);
  return {
    sessionId: row.sessionId,
    guestName: row.guestName ?? 'Gjest',
    shareLinkId: row.shareLinkId,
    boardId: row.boardId,
    access: row.access,
  };
}

/** Ends one session by its id. */
export async function endSession(db: Database, sessionId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, sessionId));
}
