import type { RoomSnapshot } from '@tldraw/sync-core';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { DiagramDocument } from '../../shared/diagram/diagram-document';
import type { ActorRef } from '../../shared/schemas/board';
import { canvasPreview } from '../../shared/templates/preview/canvas-preview';
import { diagramPreview } from '../../shared/templates/preview/diagram-preview';
import { previewSvg } from '../../shared/templates/preview/preview-svg';
import type { Database } from '../db/client';
import { canvasAssets, regionTemplateAssets, regionTemplates, type boards } from '../db/schema/index';
import { newId } from '../lib/ids';
import { assetIdInPath } from '../sync/canvas/canvas-asset-path';

type BoardRow = typeof boards.$inferSelect;
type RegionTemplateRow = typeof regionTemplates.$inferSelect;

/** A board's content as it is now: a canvas room snapshot, or a diagram document. */
export type CurrentContent = { kind: 'canvas'; snapshot: RoomSnapshot } | { kind: 'diagram'; document: DiagramDocument };

/**
 * Saves a board's current content as a template of its region ("Lagre som mal"), with a preview
 * drawn from it, in one batch: the template row and, for a canvas board, copies of the images it
 * shows (so the template keeps them whatever happens to the board).
 * @param content what the board holds now (the caller reads it from the live room or storage)
 * @returns the new template's row
 */
export async function saveBoardAsTemplate(
  db: Database,
  board: BoardRow,
  content: CurrentContent,
  input: { title: string; description: string },
  by: ActorRef | null,
): Promise<RegionTemplateRow> {
  const now = new Date();
  const model = content.kind === 'canvas' ? canvasPreview(content.snapshot.documents.map((doc) => doc.state)) : diagramPreview(content.document);
  const row: RegionTemplateRow = {
    id: newId(),
    regionId: board.regionId,
    title: input.title,
    description: input.description,
    kind: board.kind,
    templateId: board.templateId,
    sourceBoardId: board.id,
    content: JSON.stringify(content.kind === 'canvas' ? content.snapshot : content.document),
    previewSummary: JSON.stringify(model.summary),
    previewSvg: previewSvg(model),
    createdAt: now,
    createdById: by?.id ?? null,
    createdByName: by?.name ?? null,
  };
  const imageIds =
    content.kind === 'canvas'
      ? content.snapshot.documents
          .map(({ state }) => (state.typeName === 'asset' ? assetIdInPath(board.id, (state as { props?: { src?: unknown } }).props?.src) : null))
          .filter((id): id is string => !!id)
      : [];
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
