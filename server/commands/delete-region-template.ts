import { eq } from 'drizzle-orm';
import type { Database } from '../db/client';
import { regionTemplateAssets, regionTemplates } from '../db/schema/index';

/** Removes one of a region's templates with its images, in one batch. Boards made from it stay. */
export async function deleteRegionTemplate(db: Database, templateId: string): Promise<void> {
  await db.batch([
    db.delete(regionTemplateAssets).where(eq(regionTemplateAssets.templateId, templateId)),
    db.delete(regionTemplates).where(eq(regionTemplates.id, templateId)),
  ]);
}
