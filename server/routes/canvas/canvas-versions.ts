import { Hono } from 'hono';
import type { RoomSnapshot } from '@tldraw/sync-core';
import { createCanvasVersionSchema } from '../../../shared/schemas/canvas';
import type { AppEnv } from '../../app-env';
import { notFound } from '../../lib/errors';
import { validate } from '../../lib/validate';
import { presentCanvasVersion } from '../../presenters/present-canvas-version';
import { canvasVersionById, canvasVersionsOf, canvasVersionWithContent } from '../../queries/canvas-versions-of';
import { canvasActorOf } from '../../sync/canvas/canvas-actor';
import { authorizeCanvas } from './authorize-canvas';

const osloTime = new Intl.DateTimeFormat('nb-NO', { dateStyle: 'short', timeStyle: 'short', timeZone: 'Europe/Oslo' });

/** A version with its content; compaction bases are not versions. */
async function loadVersion(c: { var: AppEnv['Variables'] }, boardId: string, versionId: string) {
  const row = await canvasVersionWithContent(c.var.db, boardId, versionId);
  if (!row) throw notFound('Fant ikke versjonen.');
  return row;
}

/**
 * `/api/boards/:boardId/canvas/versions`: a canvas board's history. Automatic checkpoints and named
 * versions; any version can be previewed and restored. A restore goes through the board's room
 * (everyone connected sees it at once) and keeps the state before it as a version, so a restore can
 * itself be undone by restoring that one.
 */
export const canvasVersionRoutes = new Hono<AppEnv>()
  .get('/:boardId/canvas/versions', async (c) => {
    const { board } = await authorizeCanvas(c, 'read');
    const rows = await canvasVersionsOf(c.var.db, board.id);
    return c.json({ versions: rows.map(presentCanvasVersion) });
  })
  .post('/:boardId/canvas/versions', validate('json', createCanvasVersionSchema), async (c) => {
    const { board } = await authorizeCanvas(c, 'write');
    const { name } = c.req.valid('json');
    const actor = canvasActorOf(c.var.principal);
    const written = await c.var.services.canvasRooms.withRoom(board.id, (room) => room.writeVersion('named', actor, name));
    const row = await canvasVersionById(c.var.db, written.id);
    return c.json({ version: presentCanvasVersion(row!) }, 201);
  })
  .get('/:boardId/canvas/versions/:versionId', async (c) => {
    const { board } = await authorizeCanvas(c, 'read');
    const row = await loadVersion(c, board.id, c.req.param('versionId'));
    const snapshot = JSON.parse(row.snapshot) as RoomSnapshot;
    return c.json({
      version: presentCanvasVersion(row),
      snapshot: { store: Object.fromEntries(snapshot.documents.map((doc) => [doc.state.id, doc.state])), schema: snapshot.schema },
    });
  })
  .post('/:boardId/canvas/versions/:versionId/restore', async (c) => {
    const { board } = await authorizeCanvas(c, 'write');
    const row = await loadVersion(c, board.id, c.req.param('versionId'));
    const actor = canvasActorOf(c.var.principal);
    const label = row.name ?? osloTime.format(row.createdAt);
    const result = await c.var.services.canvasRooms.withRoom(board.id, (room) =>
      room.replaceContent(JSON.parse(row.snapshot) as RoomSnapshot, actor, 'restore', label),
    );
    const restored = await canvasVersionById(c.var.db, result.after.id);
    return c.json({ version: presentCanvasVersion(restored!), keptBefore: result.before?.id ?? null });
  });
