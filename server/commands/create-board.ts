import type { BatchItem } from 'drizzle-orm/batch';
import type { ActorRef, BoardKind } from '../../shared/schemas/board';
import type { Database } from '../db/client';
import { boards } from '../db/schema/index';
import { newId } from '../lib/ids';
import { boardContentStatements, type BoardContent } from './board-content';

type BoardRow = typeof boards.$inferSelect;

export interface NewBoard {
  /** The board's id when its content had to know it (image addresses); a new one otherwise. */
  id?: string;
  regionId: string;
  title: string;
  kind: BoardKind;
  /** The template the board was made from, if any. */
  templateId: string | null;
  /** Its first content; null for an empty board (the room starts it when first opened). */
  content: BoardContent | null;
  /** Who makes it, or null for the system. */
  by: ActorRef | null;
  /** An example board (the demo region's worksheets). */
  example?: boolean;
}

/**
 * A new board's row and the statements that store it with its first content, for a batch of the
 * caller's (so several boards can be made at once, e.g. the demo region's examples).
 */
export function prepareBoard(db: Database, input: NewBoard, now = new Date()): { row: BoardRow; statements: BatchItem<'sqlite'>[] } {
  const row: BoardRow = {
    id: input.id ?? newId(),
    regionId: input.regionId,
    title: input.title,
    kind: input.kind,
    templateId: input.templateId,
    example: input.example ?? false,
    createdAt: now,
    createdById: input.by?.id ?? null,
    createdByName: input.by?.name ?? null,
    updatedAt: now,
    updatedById: input.by?.id ?? null,
    updatedByName: input.by?.name ?? null,
    archivedAt: null,
  };
  const content = input.content ? boardContentStatements(db, row.id, input.content, now, input.by) : [];
  return { row, statements: [db.insert(boards).values(row), ...content] };
}

/**
 * Creates a board, with its first content when it has one, in one batch: the board never exists
 * without its content, and no transaction stays open across an await while the board rooms write
 * synchronously to the same database.
 * @returns the new board's row
 */
export async function createBoard(db: Database, input: NewBoard): Promise<BoardRow> {
  const { row, statements } = prepareBoard(db, input);
  const [first, ...rest] = statements;
  await db.batch([first!, ...rest]);
  return row;
}
