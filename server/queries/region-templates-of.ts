import { and, desc, eq } from 'drizzle-orm';
import { isId } from '../../shared/schemas/ids';
import type { Database } from '../db/client';
import { regionTemplates } from '../db/schema/index';

/** Everything of a region's templates but the content and image, which lists never need. */
const listed = {
  id: regionTemplates.id,
  regionId: regionTemplates.regionId,
  title: regionTemplates.title,
  description: regionTemplates.description,
  kind: regionTemplates.kind,
  templateId: regionTemplates.templateId,
  sourceBoardId: regionTemplates.sourceBoardId,
  previewSummary: regionTemplates.previewSummary,
  createdAt: regionTemplates.createdAt,
  createdById: regionTemplates.createdById,
  createdByName: regionTemplates.createdByName,
};

/** A region's own templates, the newest first, without their content and preview image. */
export async function regionTemplatesOf(db: Database, regionId: string) {
  return db.select(listed).from(regionTemplates).where(eq(regionTemplates.regionId, regionId)).orderBy(desc(regionTemplates.createdAt));
}

/** One of a region's templates with its preview image (not its content), or undefined. */
export async function regionTemplateOf(db: Database, regionId: string, templateId: string) {
  if (!isId(templateId)) return undefined;
  const [row] = await db
    .select({ ...listed, previewSvg: regionTemplates.previewSvg })
    .from(regionTemplates)
    .where(and(eq(regionTemplates.id, templateId), eq(regionTemplates.regionId, regionId)));
  return row;
}
