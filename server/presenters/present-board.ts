import type { ActorRef, Board } from '../../shared/schemas/board';
import type { boards } from '../db/schema/index';

type BoardRow = typeof boards.$inferSelect;

function actor(id: string | null, name: string | null): ActorRef | null {
  return name === null ? null : { id, name };
}

/** The API's view of a board. */
export function presentBoard(row: BoardRow): Board {
  return {
    id: row.id,
    regionId: row.regionId,
    title: row.title,
    kind: row.kind,
    templateId: row.templateId,
    example: row.example,
    createdAt: row.createdAt.toISOString(),
    createdBy: actor(row.createdById, row.createdByName),
    updatedAt: row.updatedAt.toISOString(),
    updatedBy: actor(row.updatedById, row.updatedByName),
    archivedAt: row.archivedAt ? row.archivedAt.toISOString() : null,
  };
}
