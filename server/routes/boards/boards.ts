import { Hono } from 'hono';
import { and, desc, eq, isNotNull, isNull } from 'drizzle-orm';
import {
  createBoardSchema,
  duplicateBoardSchema,
  listBoardsQuerySchema,
  renameBoardSchema,
} from '../../../shared/schemas/board';
import { deleteBoard } from '../../commands/delete-board';
import { duplicateBoard } from '../../commands/duplicate-board';
import { boards } from '../../db/schema/index';
import type { AppEnv } from '../../lib/app-env';
import { ApiError } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { loadBoard, loadRegion } from '../../lib/load';
import { validate } from '../../lib/validate';
import { presentBoard } from '../../presenters/present-board';

/** `/api/regions/:regionId/boards`: a region's boards. */
export const regionBoardRoutes = new Hono<AppEnv>()
  .get('/:regionId/boards', validate('query', listBoardsQuerySchema), async (c) => {
    const region = await loadRegion(c.var.db, c.req.param('regionId'));
    const { archived } = c.req.valid('query');
    const archiveFilter =
      archived === 'true' ? undefined : archived === 'only' ? isNotNull(boards.archivedAt) : isNull(boards.archivedAt);
    const rows = await c.var.db
      .select()
      .from(boards)
      .where(and(eq(boards.regionId, region.id), archiveFilter))
      .orderBy(desc(boards.updatedAt));
    return c.json({ boards: rows.map(presentBoard) });
  })
  .post('/:regionId/boards', validate('json', createBoardSchema), async (c) => {
    const region = await loadRegion(c.var.db, c.req.param('regionId'));
    const input = c.req.valid('json');
    const now = new Date();
    const row = {
      id: newId(),
      regionId: region.id,
      title: input.title,
      kind: input.kind,
      templateId: input.templateId ?? null,
      createdAt: now,
      createdById: null,
      createdByName: null,
      updatedAt: now,
      updatedById: null,
      updatedByName: null,
      archivedAt: null,
    };
    await c.var.db.insert(boards).values(row);
    return c.json({ board: presentBoard(row) }, 201);
  });

/** `/api/boards/:boardId`: one board. */
export const boardRoutes = new Hono<AppEnv>()
  .get('/:boardId', async (c) => {
    const row = await loadBoard(c.var.db, c.req.param('boardId'));
    return c.json({ board: presentBoard(row) });
  })
  .patch('/:boardId', validate('json', renameBoardSchema), async (c) => {
    const row = await loadBoard(c.var.db, c.req.param('boardId'));
    const changes = { title: c.req.valid('json').title, updatedAt: new Date() };
    await c.var.db.update(boards).set(changes).where(eq(boards.id, row.id));
    return c.json({ board: presentBoard({ ...row, ...changes }) });
  })
  .post('/:boardId/duplicate', validate('json', duplicateBoardSchema), async (c) => {
    const source = await loadBoard(c.var.db, c.req.param('boardId'));
    const title = c.req.valid('json').title ?? `${source.title} (kopi)`.slice(0, 200);
    const copy = await duplicateBoard(c.var.db, source, title, null);
    return c.json({ board: presentBoard(copy) }, 201);
  })
  .post('/:boardId/archive', async (c) => {
    const row = await loadBoard(c.var.db, c.req.param('boardId'));
    const archivedAt = row.archivedAt ?? new Date();
    await c.var.db.update(boards).set({ archivedAt }).where(eq(boards.id, row.id));
    return c.json({ board: presentBoard({ ...row, archivedAt }) });
  })
  .post('/:boardId/restore', async (c) => {
    const row = await loadBoard(c.var.db, c.req.param('boardId'));
    await c.var.db.update(boards).set({ archivedAt: null }).where(eq(boards.id, row.id));
    return c.json({ board: presentBoard({ ...row, archivedAt: null }) });
  })
  .delete('/:boardId', async (c) => {
    const row = await loadBoard(c.var.db, c.req.param('boardId'));
    if (!row.archivedAt) {
      throw new ApiError(409, 'board_not_archived', 'Tavla må arkiveres før den kan slettes for godt.');
    }
    await deleteBoard(c.var.db, row.id);
    return c.body(null, 204);
  });
