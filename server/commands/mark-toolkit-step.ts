import { and, eq } from 'drizzle-orm';
import type { ActorRef } from '../../shared/schemas/board';
import type { Database } from '../db/client';
import { regionTemplateProgress } from '../db/schema/index';

/**
 * Marks one of the guide's worksheets as agreed in a region, or takes the mark back. Marking again
 * keeps the first mark: when the region agreed does not move.
 * @param by who marks it (their name stays on the mark)
 */
export async function markToolkitStep(db: Database, regionId: string, templateId: string, agreed: boolean, by: ActorRef | null): Promise<void> {
  if (agreed) {
    await db
      .insert(regionTemplateProgress)
      .values({ regionId, templateId, agreedAt: new Date(), agreedById: by?.id ?? null, agreedByName: by?.name ?? null })
      .onConflictDoNothing();
  } else {
    await db.delete(regionTemplateProgress).where(and(eq(regionTemplateProgress.regionId, regionId), eq(regionTemplateProgress.templateId, templateId)));
  }
}
