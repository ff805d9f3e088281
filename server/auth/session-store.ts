import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Database } from '../db/client';
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
    await db.update(sessions).set({ lastSeenAt: new Date(now) }).where(eq(sessions.id, id));
  }
}

/** The user behind a session cookie, or null when the session is unknown, ended or expired. */
export async function findUserSession(
  db: Database,
  policy: SessionPolicy,
  token: string,
): Promise<{ sessionId: string; user: SignedInUser } | null> {
  const now = (policy.clock ?? Date.now)();
  const [row] = await db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, hashToken(token)), gt(sessions.expiresAt, new Date(now))));
  if (!row || !isLive(row.session, policy, now)) return null;
  await touch(db, row.session.id, row.session.lastSeenAt, now);
  const { id, email, displayName, municipality, isAdmin } = row.user;
  return { sessionId: row.session.id, user: { id, email, displayName, municipality, isAdmin } };
}

/** The guest visit behind a guest cookie, or null when it ended or its share link was revoked. */
export async function findGuestSession(db: Database, policy: SessionPolicy, token: string): Promise<GuestVisit | null> {
  const now = (policy.clock ?? Date.now)();
  const [row] = await db
    .select({ session: sessions, link: shareLinks })
    .from(sessions)
    .innerJoin(shareLinks, eq(shareLinks.id, sessions.shareLinkId))
    .innerJoin(boards, eq(boards.id, shareLinks.boardId))
    .where(and(eq(sessions.tokenHash, hashToken(token)), isNull(shareLinks.revokedAt), isNull(boards.archivedAt)));
  if (!row || !isLive(row.session, policy, now)) return null;
  await touch(db, row.session.id, row.session.lastSeenAt, now);
  return {
    sessionId: row.session.id,
    guestName: row.session.guestName ?? 'Gjest',
    shareLinkId: row.link.id,
    boardId: row.link.boardId,
    access: row.link.access,
  };
}

/** Ends one session by its id. */
export async function endSession(db: Database, sessionId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, sessionId));
}
