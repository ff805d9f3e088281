import { and, eq, inArray, sql } from 'drizzle-orm';
import type { ActorRef } from '../../shared/schemas/board';
import type { Database } from '../db/client';
import { canvasAssets, regionTemplateAssets, regionTemplates, type boards } from '../db/schema/index';
import { newId } from '../lib/ids';
import type { TemplateContent } from '../workers/template-content';

type BoardRow = typeof boards.$inferSelect;
type RegionTemplateRow = typeof regionTemplates.$inferSelect;

/**
 * Saves a board's current content as a template of its region ("Lagre som mal"), with a preview
 * drawn from it, in one batch: the template row and, for a canvas board, copies of the images it
 * shows (so the template keeps them whatever happens to the board).
 * @param prepared the board's content as JSON, its preview and its images (built in a worker: templateContentOf)
 * @returns the new template's row
 */
export async function saveBoardAsTemplate(
  db: Database,
  board: BoardRow,
  prepared: TemplateContent,
  input: { title: string; description: string },
  by: ActorRef | null,
): Promise<RegionTemplateRow> {
  const now = new Date();
  const row: RegionTemplateRow = {
    id: newId(),
    regionId: board.regionId,
    title: input.title,
    description: input.description,
    kind: board.kind,
    templateId: board.templateId,
    sourceBoardId: board.id,
    content: prepared.content,
    previewSummary: prepared.previewSummary,
    previewSvg: prepared.previewSvg,
    createdAt: now,
    createdById: by?.id ?? null,
    createdByName: by?.name ?? null,
  };
  const { imageIds } = prepared;
  await db.batch([
    db.insert(regionTemplates).values(row),
    ...(imageIds.length > 0
      ? [
          db.insert(regionTemplateAssets).select(
            db
              .select({
                templateId: sql<string>`${row.id}`.as('template_id'),
                id: canvasAssets.id,
                mimeType: canvasAssets.mimeType,
                size: canvasAssets.size,
                sha256: canvasAssets.sha256,
                data: canvasAssets.data,
                createdAt: sql<number>`${now.getTime()}`.as('created_at'),
              })
              .from(canvasAssets)
              .where(and(eq(canvasAssets.boardId, board.id), inArray(canvasAssets.id, imageIds))),
          ),
        ]
      : []),
  ]);
  return row;
}
