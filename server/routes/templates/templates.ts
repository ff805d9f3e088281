import { Hono } from 'hono';
import { templatePreviewQuerySchema } from '../../../shared/schemas/template';
import { templateIds } from '../../../shared/templates/index';
import { getTemplate } from '../../../shared/templates/build-template';
import { isBuiltInTemplateId } from '../../commands/content-from-template';
import type { AppEnv } from '../../app-env';
import { notFound } from '../../lib/errors';
import { validate } from '../../lib/validate';
import { unauthenticated } from '../../policies/authorize-region';
import { presentTemplate, presentTemplateDetail, templatePreview } from '../../presenters/present-template';
import { svgHeaders } from './svg-headers';

/** The built-in template an id in a path names, or a 404. */
function builtInTemplate(templateId: string) {
  if (!isBuiltInTemplateId(templateId)) throw notFound('Fant ikke malen.');
  return getTemplate(templateId);
}

/**
 * `/api/templates`: the start-up guide's worksheets for the gallery, one with its facilitator guide
 * (also for guests on a board made from it), and their preview images. Templates are the same for
 * every region; only signed-in people and guests may read them.
 */
export const templateRoutes = new Hono<AppEnv>()
  .use(async (c, next) => {
    if (!c.var.principal.user && !c.var.principal.guest) throw unauthenticated();
    await next();
  })
  .get('/', (c) => c.json({ templates: templateIds.map(presentTemplate) }))
  .get('/:templateId', (c) => {
    const template = builtInTemplate(c.req.param('templateId'));
    return c.json({ template: presentTemplateDetail(template.id) });
  })
  .get('/:templateId/preview.svg', validate('query', templatePreviewQuerySchema), (c) => {
    const template = builtInTemplate(c.req.param('templateId'));
    const { language, variant } = c.req.valid('query');
    const chosen = variant ? template.variants.find((candidate) => candidate.id === variant) : template.variants[0];
    if (!chosen) throw notFound('Malen har ikke denne varianten.');
    return c.body(templatePreview(template.id, chosen.id, language).svg, 200, svgHeaders('private, max-age=86400'));
  });
