import { Hono } from 'hono';
import { createBoardSchema, duplicateBoardSchema, listBoardsQuerySchema, renameBoardSchema, type Board } from '../../../shared/schemas/board';
import { uniqueTitle } from '../../../shared/boards/unique-title';
import { limits } from '../../../shared/limits';
import { actorOf } from '../../auth/principal';
import { archiveBoard, restoreBoard } from '../../commands/archive-board';
import { contentFromBuiltInTemplate, contentFromRegionTemplate } from '../../commands/content-from-template';
import { createBoard } from '../../commands/create-board';
import { deleteBoard } from '../../commands/delete-board';
import { duplicateBoard } from '../../commands/duplicate-board';
import { renameBoard } from '../../commands/rename-board';
import { jobOwnerOf } from '../../workers/job-owner';
import { VersionedCache } from '../../db/versioned-cache';
import type { AppEnv } from '../../app-env';
import { ApiError } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { jsonText } from '../../lib/json-text';
import { validate } from '../../lib/validate';
import { authorizeBoard } from '../../policies/authorize-board';
import { authorizeRegion } from '../../policies/authorize-region';
import { presentBoard } from '../../presenters/present-board';
import { boardListVersion } from '../../queries/board-list-version';
import { boardTitlesOf } from '../../queries/board-titles-of';
import { boardsOfRegion } from '../../queries/boards-of-region';
import { municipalitiesOf } from '../../queries/municipalities-of';

const boardLists = new VersionedCache<string>();

/** `/api/regions/:regionId/boards`: a region's boards. */
export const regionBoardRoutes = new Hono<AppEnv>()
  .get('/:regionId/boards', validate('query', listBoardsQuerySchema), async (c) => {
    const { region } = await authorizeRegion(c.var.db, c.var.principal, c.req.param('regionId'), 'view');
    const { archived } = c.req.valid('query');
    // A region page asks for this list often and it changes seldom: its JSON is kept under the
    // region's board list version, which any write to the region's boards moves (by any process),
    // and nothing else does. The version is read first (see VersionedCache).
    const version = await boardListVersion(c.var.db, region.id);
    const body = await boardLists.get(c.var.db, `${region.id}/${archived}`, version, async () =>
      JSON.stringify({ boards: (await boardsOfRegion(c.var.db, region.id, archived)).map(presentBoard) }),
    );
    return jsonText<{ boards: Board[] }>(c, body);
  })
  .post('/:regionId/boards', validate('json', createBoardSchema), async (c) => {
    const { region } = await authorizeRegion(c.var.db, c.var.principal, c.req.param('regionId'), 'contribute');
    const input = c.req.valid('json');
    const boardId = newId();
    const template = input.templateId
      ? contentFromBuiltInTemplate(input.templateId, input.variant, { language: region.language, municipalities: await municipalitiesOf(c.var.db, region.id) })
      : input.regionTemplateId
        ? await contentFromRegionTemplate(c.var.db, region.id, input.regionTemplateId, boardId)
        : null;
    if (template && input.kind && input.kind !== template.kind) {
      throw new ApiError(400, 'template_kind_mismatch', `Malen lager en tavle av typen «${template.kind}», ikke «${input.kind}».`, [
        { path: 'kind', message: 'Malen passer ikke til denne typen tavle.' },
      ]);
    }
    // A board from a template without a title of its own gets the template's, numbered when the
    // region already has a board by that name ("Vårt formål 2"), so the boards can be told apart.
    const title = input.title ?? (template ? uniqueTitle(template.title, await boardTitlesOf(c.var.db, region.id)) : '');
    const row = await createBoard(c.var.db, {
      id: boardId,
      regionId: region.id,
      // The schema makes sure an empty board has a title and a kind.
      title,
      kind: template?.kind ?? input.kind ?? 'canvas',
      templateId: template?.templateId ?? null,
      content: template?.content ?? null,
      by: actorOf(c.var.principal),
    });
    return c.json({ board: presentBoard(row) }, 201);
  });

/** `/api/boards/:boardId`: one board. */
export const boardRoutes = new Hono<AppEnv>()
  .get('/:boardId', async (c) => {
    const { board, access } = await authorizeBoard(c.var.db, c.var.principal, c.req.param('boardId'), 'read');
    return c.json({ board: presentBoard(board), access });
  })
  .patch('/:boardId', validate('json', renameBoardSchema), async (c) => {
    const { board } = await authorizeBoard(c.var.db, c.var.principal, c.req.param('boardId'), 'organize');
    const renamed = await renameBoard(c.var.db, board, c.req.valid('json').title, actorOf(c.var.principal));
    return c.json({ board: presentBoard(renamed) });
  })
  .post('/:boardId/duplicate', validate('json', duplicateBoardSchema), async (c) => {
    const { board } = await authorizeBoard(c.var.db, c.var.principal, c.req.param('boardId'), 'organize');
    const title = c.req.valid('json').title ?? `${board.title} (kopi)`.slice(0, limits.boardTitle);
    const { workers } = c.var.services;
    const copy = await workers.withJob(jobOwnerOf(c.var.principal), (job) =>
      duplicateBoard(c.var.db, board, title, actorOf(c.var.principal), { job, databaseUrl: workers.databaseUrl }),
    );
    return c.json({ board: presentBoard(copy) }, 201);
  })
  .post('/:boardId/archive', async (c) => {
    const { board } = await authorizeBoard(c.var.db, c.var.principal, c.req.param('boardId'), 'organize');
    return c.json({ board: presentBoard(await archiveBoard(c.var.db, c.var.services.accessEvents, board)) });
  })
  .post('/:boardId/restore', async (c) => {
    const { board } = await authorizeBoard(c.var.db, c.var.principal, c.req.param('boardId'), 'organize');
    return c.json({ board: presentBoard(await restoreBoard(c.var.db, board)) });
  })
  .delete('/:boardId', async (c) => {
    const { board } = await authorizeBoard(c.var.db, c.var.principal, c.req.param('boardId'), 'manage');
    if (!board.archivedAt) {
      throw new ApiError(409, 'board_not_archived', 'Tavla må arkiveres før den kan slettes for godt.');
    }
    await deleteBoard(c.var.db, board.id);
    c.var.services.accessEvents.emit('board-closed', board.id);
    return c.body(null, 204);
  });
