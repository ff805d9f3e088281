import { lt, or } from 'drizzle-orm';
import type { Database } from '../db/client';
import { sessions } from '../db/schema/index';
import { logger } from '../lib/logger';
import type { SessionPolicy } from './session-store';

export interface SessionSweeperOptions {
  /** How often ended sessions are deleted. */
  intervalMs: number;
  /** The time now (tests pass their own clock). */
  clock?: () => number;
}

/**
 * Deletes sessions that have ended (past their absolute end, or unused for the idle time) on a
 * schedule, so the table holds live sessions only: a session is refused as soon as it ends anyway,
 * this only keeps rows (and guest visits from share links) from piling up.
 */
export class SessionSweeper {
  private timer: NodeJS.Timeout | null = null;
  private readonly clock: () => number;

  constructor(
    private readonly db: Database,
    private readonly policy: SessionPolicy,
    private readonly options: SessionSweeperOptions,
  ) {
    this.clock = options.clock ?? Date.now;
  }

  /** Deletes the sessions that have ended by now; returns how many. */
  async sweep(): Promise<number> {
    const now = this.clock();
    const deleted = await this.db
      .delete(sessions)
      .where(or(lt(sessions.expiresAt, new Date(now)), lt(sessions.lastSeenAt, new Date(now - this.policy.idleMs))))
      .returning({ id: sessions.id });
    return deleted.length;
  }

  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => {
      this.sweep().catch((error) => logger.error('Could not delete ended sessions', error));
    }, this.options.intervalMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
}
