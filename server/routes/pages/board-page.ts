import { Hono } from 'hono';
import type { AppEnv, Services } from '../../app-env';
import { authenticate } from '../../auth/authenticate';
import { authorizeBoard } from '../../policies/authorize-board';
import { isMeetingScreenSearch } from '../../../shared/web/meeting-screen-query';
import { diagramPreviewElement } from '../../../shared/web/diagram-preview';
import { boardLanguageOf } from '../../queries/language-of';
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
      const screen = isMeetingScreenSearch(new URL(c.req.url).search);
      const { editor, memberOfRegion, preview } = await authorizeBoard(c.var.db, c.var.principal, c.req.param('boardId'), 'read').then(
        async ({ board, access, role }) => {
          const editor = board.archivedAt ? null : board.kind;
          const preview =
            editor === 'diagram' ? await diagramPicture(services, board.id, { screen, readOnly: screen || access !== 'write' }).catch(() => null) : null;
          return { editor, memberOfRegion: role ? board.regionId : null, preview };
        },
        // Whatever went wrong, the app asks again and says it in words.
        () => ({ editor: null, memberOfRegion: null, preview: null }),
      );
      // The page depends on who asks: never kept by a shared cache.
      c.header('Cache-Control', 'private, no-cache');
      c.header('Vary', 'Cookie');
      return c.html(pages.forEditor(editor, memberOfRegion, preview));
    });
}

/**
 * The diagram's first picture as an element of its page, for someone who may read the board
 * (shared/web/diagram-preview.ts): drawn from the content the board's room has now, in the board's
 * language; null when there is none to be had in time (the editor then draws the board as before,
 * and does so too when the room could not be loaded: the socket says why).
 * One process loads the room for it, as the board's socket will a moment later. In a cluster only a
 * room open here already is drawn: HAProxy sends the page to the board's process, but opening the
 * room on another (a set-up without that affinity) would take the board from the process its
 * people are on.
 */
async function diagramPicture(services: Services, boardId: string, shown: { screen: boolean; readOnly: boolean }): Promise<string | null> {
  const rooms = services.diagramRooms;
  const [content, language] = await Promise.all([
    services.processId === null ? rooms.withRoom(boardId, (room) => room.content()) : (rooms.loadedRoom(boardId)?.content() ?? null),
    boardLanguageOf(services.db, boardId),
  ]);
  const picture = content && (await services.diagramPreviews.pictureOf(boardId, content, { language: language ?? 'nb', readOnly: shown.readOnly }));
  return picture ? diagramPreviewElement(picture, shown.screen) : null;
}
