import { and, asc, desc, eq, isNull } from 'drizzle-orm';
import type { Decision, RegionDecision } from '../../shared/schemas/decision';
import type { Database } from '../db/client';
import { boardDecisions, boards } from '../db/schema/index';
import { presentDecision } from '../presenters/present-decision';

/** A board's decisions, in the order they were decided. */
export async function decisionsOfBoard(db: Database, boardId: string): Promise<Decision[]> {
  const rows = await db
    .select()
    .from(boardDecisions)
    .where(eq(boardDecisions.boardId, boardId))
    .orderBy(asc(boardDecisions.decidedOn), asc(boardDecisions.markedAt));
  return rows.map(presentDecision);
}

/** The decisions on a region's active boards, newest first, each with its board. */
export async function decisionsOfRegion(db: Database, regionId: string): Promise<RegionDecision[]> {
  const rows = await db
    .select({ decision: boardDecisions, board: { id: boards.id, title: boards.title, templateId: boards.templateId } })
    .from(boardDecisions)
    .innerJoin(boards, eq(boards.id, boardDecisions.boardId))
    .where(and(eq(boards.regionId, regionId), isNull(boards.archivedAt)))
    .orderBy(desc(boardDecisions.decidedOn), desc(boardDecisions.markedAt));
  return rows.map(({ decision, board }) => ({ ...presentDecision(decision), board }));
}
