import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { and, asc, eq, gt, lt, max } from 'drizzle-orm';
import { z } from 'zod';
import type { AccessEventMap, AccessEventName, AccessEvents } from '../auth/access-events';
import type { Database } from '../db/client';
import { clusterEvents, clusterProcesses, roomClaims } from '../db/schema/index';
import { logger } from '../lib/logger';
import type { RoomClaims, RoomKind } from './room-claims';

export interface ClusterTimings {
  /** How often the event log is read. */
  pollMs: number;
  /** How often this process says it is alive. */
  heartbeatMs: number;
  /** A process not heard from this long is taken for dead (its rooms are not waited for). */
  deadAfterMs: number;
  /** How long a new holder waits for the old one to let a board go, at most. */
  releaseWaitMs: number;
  /** Events older than this are deleted. */
  keepEventsMs: number;
}

export const defaultClusterTimings: ClusterTimings = {
  pollMs: 250,
  heartbeatMs: 1000,
  deadAfterMs: 3000,
  releaseWaitMs: 5000,
  keepEventsMs: 5 * 60_000,
};

const accessEventNames = new Set<string>(['sessions-ended', 'share-link-revoked', 'membership-changed', 'board-closed']);
const roomEventSchema = z.object({ kind: z.enum(['canvas', 'diagram', 'meeting']), boardId: z.string(), by: z.string() });
const pruneEveryMs = 60_000;

/** A name for this process that no other process of the cluster has (host, pid, random). */
export function newProcessId(): string {
  return `${hostname()}-${process.pid}-${randomBytes(3).toString('hex')}`;
}

const roomKey = (kind: RoomKind, boardId: string) => `${kind}:${boardId}`;

/**
 * One Planrom process among several on the same database (cluster mode).
 *
 * - Access events raised here are appended to `cluster_events`; the events other processes
 *   appended are read every `pollMs` (from the last id seen) and raised on this process's own
 *   `AccessEvents`, so every listener (board sockets, rooms) acts on them as on local ones.
 * - A board's room is claimed in `room_claims` when it opens. When another process held it, that
 *   process is told (`room-claimed`), closes its room (the room stored every change before it
 *   acknowledged it) and answers `room-released`; only then does the new room load. A holder that
 *   stopped saying it is alive (`cluster_processes`) is not waited for.
 */
export class ClusterNode implements RoomClaims {
  readonly processId: string;
  private cursor = 0;
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;
  private lastHeartbeat = 0;
  private lastPrune = 0;
  /** The rooms this process holds, with how to let each go. */
  private readonly held = new Map<string, () => void>();
  /** Rooms waiting for their former holder to let go. */
  private readonly waiting = new Map<string, { from: string; done: () => void }>();

  constructor(
    private readonly db: Database,
    private readonly accessEvents: AccessEvents,
    private readonly options: {
      timings?: Partial<ClusterTimings>;
      /** Called when other processes wrote (a libSQL server's replica is synced). */
      freshen?: () => void;
      processId?: string;
    } = {},
  ) {
    this.processId = options.processId ?? newProcessId();
  }

  private get timings(): ClusterTimings {
    return { ...defaultClusterTimings, ...this.options.timings };
  }

  /** Registers this process, starts reading the event log from now, and relays local access events. */
  async start(): Promise<void> {
    const now = new Date();
    await this.db.insert(clusterProcesses).values({ id: this.processId, startedAt: now, seenAt: now });
    this.lastHeartbeat = now.getTime();
    const [last] = await this.db.select({ id: max(clusterEvents.id) }).from(clusterEvents);
    this.cursor = last?.id ?? 0;
    this.accessEvents.relayTo((event, args) => void this.append(event, args));
    this.schedule();
  }

  /** Stops following, lets go of every room claim and says goodbye. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.accessEvents.relayTo(null);
    try {
      await this.db.delete(roomClaims).where(eq(roomClaims.processId, this.processId));
      await this.db.delete(clusterProcesses).where(eq(clusterProcesses.id, this.processId));
    } catch (error) {
      logger.error('Cluster: could not sign off', error);
    }
  }

  opening(kind: RoomKind, boardId: string, release: () => void): Promise<void> {
    this.options.freshen?.();
    this.held.set(roomKey(kind, boardId), release);
    return this.claim(kind, boardId).catch((error: unknown) => {
      // Without the claim the room still opens: affinity keeps the board here in any case.
      logger.error(`Cluster: could not claim ${kind} board ${boardId}`, error);
    });
  }

  closed(kind: RoomKind, boardId: string): void {
    this.held.delete(roomKey(kind, boardId));
    if (this.stopped) return;
    void this.db
      .delete(roomClaims)
      .where(and(eq(roomClaims.kind, kind), eq(roomClaims.boardId, boardId), eq(roomClaims.processId, this.processId)))
      .catch((error: unknown) => logger.error(`Cluster: could not give up ${kind} board ${boardId}`, error));
  }

  /** Which process holds a board's room of a kind now, if any (for tests and diagnostics). */
  async holderOf(kind: RoomKind, boardId: string): Promise<string | null> {
    const [row] = await this.db
      .select({ processId: roomClaims.processId })
      .from(roomClaims)
      .where(and(eq(roomClaims.kind, kind), eq(roomClaims.boardId, boardId)));
    return row?.processId ?? null;
  }

  private async claim(kind: RoomKind, boardId: string): Promise<void> {
    const now = new Date();
    const before = await this.db.transaction(async (tx) => {
      const [row] = await tx
        .select({ processId: roomClaims.processId })
        .from(roomClaims)
        .where(and(eq(roomClaims.kind, kind), eq(roomClaims.boardId, boardId)));
      await tx
        .insert(roomClaims)
        .values({ kind, boardId, processId: this.processId, claimedAt: now })
        .onConflictDoUpdate({ target: [roomClaims.kind, roomClaims.boardId], set: { processId: this.processId, claimedAt: now } });
      return row?.processId ?? null;
    });
    if (!before || before === this.processId || !(await this.isAlive(before))) return;
    const key = roomKey(kind, boardId);
    const released = new Promise<void>((resolve) => {
      const timeout = setTimeout(() => {
        logger.error(`Cluster: ${before} did not let go of ${kind} board ${boardId} in time; opening it here anyway`);
        finish();
      }, this.timings.releaseWaitMs);
      const finish = () => {
        clearTimeout(timeout);
        if (this.waiting.get(key)?.done === finish) this.waiting.delete(key);
        resolve();
      };
      this.waiting.set(key, { from: before, done: finish });
    });
    await this.append('room-claimed', { kind, boardId, by: this.processId });
    await released;
    this.options.freshen?.();
  }

  private async isAlive(processId: string): Promise<boolean> {
    const [row] = await this.db.select({ seenAt: clusterProcesses.seenAt }).from(clusterProcesses).where(eq(clusterProcesses.id, processId));
    return !!row && Date.now() - row.seenAt.getTime() < this.timings.deadAfterMs;
  }

  private async append(kind: string, payload: unknown): Promise<void> {
    try {
      await this.db.insert(clusterEvents).values({ processId: this.processId, kind, payload: JSON.stringify(payload), createdAt: new Date() });
    } catch (error) {
      logger.error(`Cluster: could not pass on the event ${kind}`, error);
    }
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => void this.tick(), this.timings.pollMs);
    this.timer.unref();
  }

  private async tick(): Promise<void> {
    try {
      await this.follow();
      const now = Date.now();
      if (now - this.lastHeartbeat >= this.timings.heartbeatMs) {
        this.lastHeartbeat = now;
        await this.db
          .update(clusterProcesses)
          .set({ seenAt: new Date(now) })
          .where(eq(clusterProcesses.id, this.processId));
      }
      if (this.waiting.size > 0) await this.stopWaitingForTheDead();
      if (now - this.lastPrune >= pruneEveryMs) {
        this.lastPrune = now;
        await this.db.delete(clusterEvents).where(lt(clusterEvents.createdAt, new Date(now - this.timings.keepEventsMs)));
        await this.db.delete(clusterProcesses).where(lt(clusterProcesses.seenAt, new Date(now - 60 * 60_000)));
      }
    } catch (error) {
      logger.error('Cluster: could not read the event log', error);
    }
    this.schedule();
  }

  /** Reads and acts on what other processes appended since the last read. */
  private async follow(): Promise<void> {
    const rows = await this.db.select().from(clusterEvents).where(gt(clusterEvents.id, this.cursor)).orderBy(asc(clusterEvents.id)).limit(500);
    let othersWrote = false;
    for (const row of rows) {
      this.cursor = row.id;
      if (row.processId === this.processId) continue;
      othersWrote = true;
      try {
        this.dispatch(row.kind, JSON.parse(row.payload));
      } catch (error) {
        logger.error(`Cluster: could not act on the event ${row.kind}`, error);
      }
    }
    if (othersWrote) this.options.freshen?.();
  }

  private dispatch(kind: string, payload: unknown): void {
    if (accessEventNames.has(kind)) {
      const name = kind as AccessEventName;
      this.accessEvents.emitFromElsewhere(name, ...(payload as AccessEventMap[typeof name]));
      return;
    }
    if (kind === 'room-claimed') {
      const claim = roomEventSchema.parse(payload);
      const key = roomKey(claim.kind, claim.boardId);
      const release = this.held.get(key);
      this.held.delete(key);
      // Closing stores the room's last state synchronously; then the new holder may load.
      release?.();
      void this.append('room-released', { kind: claim.kind, boardId: claim.boardId, by: this.processId });
      return;
    }
    if (kind === 'room-released') {
      const released = roomEventSchema.parse(payload);
      const waiting = this.waiting.get(roomKey(released.kind, released.boardId));
      if (waiting?.from === released.by) waiting.done();
    }
  }

  private async stopWaitingForTheDead(): Promise<void> {
    for (const waiting of [...this.waiting.values()]) {
      if (!(await this.isAlive(waiting.from))) waiting.done();
    }
  }
}
