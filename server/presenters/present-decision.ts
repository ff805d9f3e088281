import type { Decision } from '../../shared/schemas/decision';
import type { boardDecisions } from '../db/schema/index';

type DecisionRow = typeof boardDecisions.$inferSelect;

/** The API's view of a decision marked on a board. */
export function presentDecision(row: DecisionRow): Decision {
  return {
    boardId: row.boardId,
    itemId: row.itemId,
    itemLabel: row.itemLabel,
    text: row.text,
    decidedOn: row.decidedOn,
    agreedBy: row.agreedBy,
    markedAt: row.markedAt.toISOString(),
    markedBy: row.markedByName === null ? null : { id: row.markedById, name: row.markedByName },
  };
}
