import { Hono } from 'hono';
import { saveAsTemplateSchema } from '../../../shared/schemas/template';
import { readDiagram } from '../../../shared/diagram/diagram-ydoc';
import { actorOf } from '../../auth/principal';
import { deleteRegionTemplate } from '../../commands/delete-region-template';
import { saveBoardAsTemplate } from '../../commands/save-board-as-template';
import { jobOwnerOf } from '../../workers/job-owner';
import type { CurrentContent } from '../../workers/template-content';
import type { Database } from '../../db/client';
import type { AppEnv } from '../../app-env';
import { notFound } from '../../lib/errors';
import { validate } from '../../lib/validate';
import { authorizeBoard } from '../../policies/authorize-board';
import { authorizeRegion } from '../../policies/authorize-region';
import { presentRegionTemplate } from '../../presenters/present-region-template';
import { regionTemplateOf, regionTemplatesOf } from '../../queries/region-templates-of';
import { initialCanvasSnapshot } from '../../sync/canvas/canvas-state';
import { loadCanvasState } from '../../sync/canvas/load-canvas-state';
import { svgHeaders } from './svg-headers';

async function loadRegionTemplate(db: Database, regionId: string, templateId: string) {
  const row = await regionTemplateOf(db, regionId, templateId);
  if (!row) throw notFound('Fant ikke malen.');
  return row;
}

/**
 * `/api/regions/:regionId/templates`: a region's own templates, for everyone in it; coordinators
 * remove them. Boards are made from them through `POST /api/regions/:regionId/boards`.
 */
export const regionTemplateRoutes = new Hono<AppEnv>()
  .get('/:regionId/templates', async (c) => {
    const { region } = await authorizeRegion(c.var.db, c.var.principal, c.req.param('regionId'), 'view');
    const rows = await regionTemplatesOf(c.var.db, region.id);
    return c.json({ templates: rows.map(presentRegionTemplate) });
  })
  .get('/:regionId/templates/:templateId/preview.svg', async (c) => {
    const { region } = await authorizeRegion(c.var.db, c.var.principal, c.req.param('regionId'), 'view');
    const row = await loadRegionTemplate(c.var.db, region.id, c.req.param('templateId'));
    // A template never changes after it is saved.
    return c.body(row.previewSvg, 200, svgHeaders('private, max-age=31536000, immutable'));
  })
  .delete('/:regionId/templates/:templateId', async (c) => {
    const { region } = await authorizeRegion(c.var.db, c.var.principal, c.req.param('regionId'), 'manage');
    const row = await loadRegionTemplate(c.var.db, region.id, c.req.param('templateId'));
    await deleteRegionTemplate(c.var.db, row.id);
    return c.body(null, 204);
  });

/**
 * `POST /api/boards/:boardId/save-as-template` ("Lagre som mal"): the board's content as it is now
 * becomes a template of its region. Coordinators and members may do it with any board they see.
 */
export const boardTemplateRoutes = new Hono<AppEnv>().post('/:boardId/save-as-template', validate('json', saveAsTemplateSchema), async (c) => {
  const { board } = await authorizeBoard(c.var.db, c.var.principal, c.req.param('boardId'), 'organize');
  const { canvasRooms, diagramRooms, workers } = c.var.services;
  // Serializing a board and drawing its preview is heavy for a large canvas: done in a worker thread.
  const prepared = await workers.withJob(jobOwnerOf(c.var.principal), async (job) => {
    // With a local database file the worker reads a canvas board itself (every acknowledged change is stored).
    if (board.kind === 'canvas' && workers.databaseUrl)
      return job.run({ kind: 'template-content-stored', databaseUrl: workers.databaseUrl, boardId: board.id });
    // The live room holds the newest state; a board nobody has open is read from storage.
    const current: CurrentContent =
      board.kind === 'canvas'
        ? {
            kind: 'canvas',
            snapshot: canvasRooms.loadedRoom(board.id)?.snapshot() ?? (await loadCanvasState(c.var.db, board.id))?.snapshot ?? initialCanvasSnapshot(),
          }
        : { kind: 'diagram', document: await diagramRooms.withRoom(board.id, (room) => readDiagram(room.doc)) };
    return job.run({ kind: 'template-content', boardId: board.id, current });
  });
  const row = await saveBoardAsTemplate(c.var.db, board, prepared, c.req.valid('json'), actorOf(c.var.principal));
  return c.json({ template: presentRegionTemplate(row) }, 201);
});
