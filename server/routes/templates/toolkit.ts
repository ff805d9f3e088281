import { Hono } from 'hono';
import { and, desc, eq, isNotNull, isNull } from 'drizzle-orm';
import { markToolkitStepSchema } from '../../../shared/schemas/template';
import { templateIds } from '../../../shared/templates/index';
import { actorOf } from '../../auth/principal';
import { isBuiltInTemplateId } from '../../commands/content-from-template';
import type { Database } from '../../db/client';
import { boards, regionTemplateProgress } from '../../db/schema/index';
import type { AppEnv } from '../../app-env';
import { notFound } from '../../lib/errors';
import { validate } from '../../lib/validate';
import { authorizeRegion } from '../../policies/authorize-region';
import { presentToolkitStep } from '../../presenters/present-toolkit-step';

/** The region's path through the guide: every worksheet in order, its boards and its mark. */
async function toolkitOf(db: Database, regionId: string) {
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

/**
 * `/api/regions/:regionId/toolkit`: the guide's worksheets as the region's path, with what it has
 * started (boards made from each) and agreed on. Everyone in the region sees it; coordinators and
 * members mark a worksheet as agreed, or take the mark back.
 */
export const toolkitRoutes = new Hono<AppEnv>()
  .get('/:regionId/toolkit', async (c) => {
    const { region } = await authorizeRegion(c.var.db, c.var.principal, c.req.param('regionId'), 'view');
    return c.json({ steps: await toolkitOf(c.var.db, region.id) });
  })
  .put('/:regionId/toolkit/:templateId', validate('json', markToolkitStepSchema), async (c) => {
    const { region } = await authorizeRegion(c.var.db, c.var.principal, c.req.param('regionId'), 'contribute');
    const templateId = c.req.param('templateId');
    if (!isBuiltInTemplateId(templateId)) throw notFound('Fant ikke arbeidsarket.');
    const where = and(eq(regionTemplateProgress.regionId, region.id), eq(regionTemplateProgress.templateId, templateId));
    if (c.req.valid('json').agreed) {
      const by = actorOf(c.var.principal);
      // Marking again keeps the first mark: when the region agreed does not move.
      await c.var.db
        .insert(regionTemplateProgress)
        .values({ regionId: region.id, templateId, agreedAt: new Date(), agreedById: by?.id ?? null, agreedByName: by?.name ?? null })
        .onConflictDoNothing();
    } else {
      await c.var.db.delete(regionTemplateProgress).where(where);
    }
    const steps = await toolkitOf(c.var.db, region.id);
    return c.json({ step: steps.find((step) => step.templateId === templateId)! });
  });
