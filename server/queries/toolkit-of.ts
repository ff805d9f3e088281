import { and, desc, eq, isNotNull, isNull } from 'drizzle-orm';
import { templateIds } from '../../shared/templates/index';
import type { Database } from '../db/client';
import { boards, regionTemplateProgress } from '../db/schema/index';
import { presentToolkitStep } from '../presenters/present-toolkit-step';

/** The region's path through the guide: every worksheet in order, its boards and its mark. */
export async function toolkitOf(db: Database, regionId: string) {
  const [started, marks] = await Promise.all([
    db
      .select({ id: boards.id, title: boards.title, templateId: boards.templateId, updatedAt: boards.updatedAt, example: boards.example })
      .from(boards)
      .where(and(eq(boards.regionId, regionId), isNull(boards.archivedAt), isNotNull(boards.templateId)))
      .orderBy(desc(boards.updatedAt)),
    db.select().from(regionTemplateProgress).where(eq(regionTemplateProgress.regionId, regionId)),
  ]);
  return templateIds.map((templateId) =>
    presentToolkitStep(
      templateId,
      started.filter((board) => board.templateId === templateId),
      marks.find((mark) => mark.templateId === templateId) ?? null,
    ),
  );
}
