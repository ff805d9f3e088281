import { Hono } from 'hono';
import type { AppEnv, Services } from '../../app-env';
import { authenticate } from '../../auth/authenticate';
import { authorizeBoard } from '../../policies/authorize-board';
import { regionRoleOf } from '../../policies/region-role';
import type { BoardPageHtml } from './board-page-html';

/**
 * `GET /tavler/:boardId`, the page of a board: the app's index.html, and when the caller may open
 * the board's editor, that editor's files named in it, so the browser fetches them together with
 * the app's first scripts instead of after the app has asked what kind of board this is (and, for
 * a member of the board's region, the region, whose answer the page asks for at once). Anyone
 * else (signed out, no access, an archived or unknown board) gets the plain page, which tells them
 * why on its own; the page says nothing about a board the caller may not see.
 */
export function boardPageRoutes(services: Services, pages: BoardPageHtml) {
  return new Hono<AppEnv>()
    .use(async (c, next) => {
      c.set('db', services.db);
      c.set('services', services);
      await next();
    })
    .use(authenticate)
    .get('/tavler/:boardId', async (c) => {
      const { editor, memberOfRegion } = await authorizeBoard(c.var.db, c.var.principal, c.req.param('boardId'), 'read').then(
        async ({ board }) => ({
          editor: board.archivedAt ? null : board.kind,
          memberOfRegion: (await regionRoleOf(c.var.db, c.var.principal, board.regionId)) ? board.regionId : null,
        }),
        // Whatever went wrong, the app asks again and says it in words.
        () => ({ editor: null, memberOfRegion: null }),
      );
      // The page depends on who asks: never kept by a shared cache.
      c.header('Cache-Control', 'private, no-cache');
      c.header('Vary', 'Cookie');
      return c.html(pages.forEditor(editor, memberOfRegion));
    });
}
