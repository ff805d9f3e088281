import { Hono } from 'hono';
import { markToolkitStepSchema } from '../../../shared/schemas/template';
import { actorOf } from '../../auth/principal';
import { isBuiltInTemplateId } from '../../commands/content-from-template';
import { markToolkitStep } from '../../commands/mark-toolkit-step';
import type { AppEnv } from '../../app-env';
import { notFound } from '../../lib/errors';
import { validate } from '../../lib/validate';
import { authorizeRegion } from '../../policies/authorize-region';
import { toolkitOf } from '../../queries/toolkit-of';

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
    await markToolkitStep(c.var.db, region.id, templateId, c.req.valid('json').agreed, actorOf(c.var.principal));
    const steps = await toolkitOf(c.var.db, region.id);
    return c.json({ step: steps.find((step) => step.templateId === templateId)! });
  });
