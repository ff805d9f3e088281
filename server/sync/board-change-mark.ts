import { getTableName } from 'drizzle-orm';
import { immediateWrite, type SyncDatabase } from '../db/sync-database';
import { boards } from '../db/schema/index';
import { logger } from '../lib/logger';

/** Who made a change: an account (id), a guest (name only) or nobody, for a change Planrom made itself. */
export interface ChangeAuthor {
  id: string | null;
  name: string | null;
}

/** How often one board's "last changed" is written while people keep editing it. */
const markIntervalMs = 30_000;

/** The write behind "Sist endret … av …" on the board list, prepared once per database connection. */
export function boardChangeWriter(syncDb: SyncDatabase): (boardId: string, author: ChangeAuthor, at: number) => void {
  const statement = syncDb.prepare(
    `UPDATE ${getTableName(boards)} SET ${boards.updatedAt.name} = ?, ${boards.updatedById.name} = ?, ${boards.updatedByName.name} = ? WHERE ${boards.id.name} = ?`,
  );
  const write = immediateWrite(syncDb, (...values: unknown[]) => statement.run(...values));
  return (boardId, author, at) => write(at, author.id, author.name, boardId);
}

/**
 * Marks one board as changed by a person, for a canvas or a diagram room: at most twice a minute,
 * and after the change has been acknowledged, so the write never delays or fails a change itself.
 * Changes with no person behind them (a schema migration) leave the mark as it was.
 */
export class BoardChangeMark {
  private lastMarked = 0;

  constructor(
    private readonly boardId: string,
    private readonly write: (boardId: string, author: ChangeAuthor, at: number) => void,
    private readonly now: () => number = Date.now,
  ) {}

  note(author: ChangeAuthor): void {
    if (!author.id && !author.name) return;
    const at = this.now();
    if (at - this.lastMarked <= markIntervalMs) return;
    this.lastMarked = at;
    setImmediate(() => {
      try {
        this.write(this.boardId, author, at);
      } catch (error) {
        logger.error(`Could not mark board ${this.boardId} as changed`, error);
      }
    });
  }
}
