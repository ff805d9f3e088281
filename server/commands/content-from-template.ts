import type { RoomSnapshot } from '@tldraw/sync-core';
import { and, eq } from 'drizzle-orm';
import type { DiagramDocument } from '../../shared/diagram/diagram-document';
import { isId } from '../../shared/schemas/ids';
import { templateIds } from '../../shared/templates/index';
import { buildTemplate, getTemplate } from '../../shared/templates/build-template';
import type { TemplateMunicipality } from '../../shared/templates/template-municipalities';
import type { BoardKind } from '../../shared/schemas/board';
import type { Language } from '../../shared/schemas/language';
import type { Database } from '../db/client';
import { regionTemplates } from '../db/schema/index';
import { ApiError } from '../lib/errors';
import { snapshotForBoard } from '../sync/canvas/canvas-asset-path';
import { diagramStateFrom, roomSnapshotFromStore, type BoardContent } from './board-content';

/** A new board's kind, title and first content, made from a template. */
export interface TemplateBoard {
  kind: BoardKind;
  title: string;
  /** What the board records as made from (`boards.template_id`). */
  templateId: string | null;
  content: BoardContent;
}

/** Whether an id names one of the start-up guide's worksheets. */
export function isBuiltInTemplateId(id: string): boolean {
  return (templateIds as readonly string[]).includes(id);
}

/**
 * Builds a new board's content from one of the guide's worksheets, in the region's language and
 * with a space for each of its member municipalities.
 * @throws 400 `unknown_template` for an id that is no worksheet, 400 `validation_failed` for a
 *   variant the worksheet does not have
 */
export function contentFromBuiltInTemplate(
  templateId: string,
  variant: string | null | undefined,
  region: { language: Language; municipalities: readonly TemplateMunicipality[] },
): TemplateBoard {
  if (!isBuiltInTemplateId(templateId)) {
    throw new ApiError(400, 'unknown_template', `Det finnes ingen mal med id-en «${templateId}».`, [
      { path: 'templateId', message: `Det finnes ingen mal med id-en «${templateId}».` },
    ]);
  }
  const template = getTemplate(templateId);
  if (variant && !template.variants.some((candidate) => candidate.id === variant)) {
    const known = template.variants.map((candidate) => `«${candidate.id}»`).join(', ');
    throw new ApiError(400, 'validation_failed', `Malen «${templateId}» har ikke varianten «${variant}».`, [
      { path: 'variant', message: `Malen har ikke denne varianten. Velg en av ${known}.` },
    ]);
  }
  const built = buildTemplate(templateId, { language: region.language, municipalities: region.municipalities, variant: variant ?? undefined });
  return {
    kind: built.kind,
    title: built.title,
    templateId: built.templateId,
    content:
      built.kind === 'canvas'
        ? { kind: 'canvas', snapshot: roomSnapshotFromStore(built.snapshot) }
        : { kind: 'diagram', state: diagramStateFrom(built.document) },
  };
}

/**
 * A new board's content from one of the region's own templates: a copy of the saved content (a
 * canvas board's images come along, addressed to the new board) under the template's name, made
 * from the same worksheet of the guide as the board it was saved from.
 * @param boardId the new board's id (its image addresses need it)
 * @throws 400 `unknown_template` when the region has no such template
 */
export async function contentFromRegionTemplate(db: Database, regionId: string, regionTemplateId: string, boardId: string): Promise<TemplateBoard> {
  const row = isId(regionTemplateId)
    ? await db.query.regionTemplates.findFirst({ where: and(eq(regionTemplates.id, regionTemplateId), eq(regionTemplates.regionId, regionId)) })
    : undefined;
  if (!row) {
    const message = 'Samarbeidet har ingen slik mal. Den kan være fjernet.';
    throw new ApiError(400, 'unknown_template', message, [{ path: 'regionTemplateId', message }]);
  }
  const content: BoardContent =
    row.kind === 'canvas'
      ? {
          kind: 'canvas',
          snapshot: snapshotForBoard(JSON.parse(row.content) as RoomSnapshot, row.sourceBoardId, boardId),
          imagesFromRegionTemplate: row.id,
        }
      : { kind: 'diagram', state: diagramStateFrom(JSON.parse(row.content) as DiagramDocument) };
  return { kind: row.kind, title: row.title, templateId: row.templateId, content };
}
