import { Hono } from 'hono';
import { upgradeWebSocket } from '@hono/node-server';
import { createMiddleware } from 'hono/factory';
import type { WebSocket } from 'ws';
import { z } from 'zod';
import { authorizeBoardSocket, type BoardSocketEnv } from '../authorize-board-socket';
import { SlowClientGuard } from '../slow-client-guard';
import { SocketBudget, messageSize } from '../socket-budget';
import { closeCodes } from '../../../shared/sync/close-codes';
import { watchBoardAccess } from '../watch-board-access';
import { notFound, validationFailed } from '../../lib/errors';
import { canvasLimits } from '../../../shared/canvas-limits';
import { canvasActorOf } from './canvas-actor';
import { CanvasConnection } from './canvas-connection';

/** tldraw's client names its tab in `sessionId` (and its store in `storeId`). */
const syncQuerySchema = z.object({ sessionId: z.string().regex(/^[\w-]{1,64}$/), storeId: z.string().max(64).optional() });

/** Only canvas boards have a canvas room. */
export const requireCanvasBoard = createMiddleware<BoardSocketEnv>(async (c, next) => {
  if (c.var.board.kind !== 'canvas') throw notFound('Tavla er ikke en tegnetavle.');
  await next();
});

/**
 * `GET /api/boards/:boardId/canvas/sync`: the board's tldraw sync socket. Authorized like every
 * board socket; observers and view-link guests join read-only (enforced by the room).
 */
export const canvasSocketRoutes = new Hono<BoardSocketEnv>().get(
  '/:boardId/canvas/sync',
  authorizeBoardSocket,
  requireCanvasBoard,
  async (c, next) => {
    const query = syncQuerySchema.safeParse(c.req.query());
    if (!query.success) throw validationFailed([{ path: 'sessionId', message: 'Mangler eller har feil form.' }]);
    await next();
  },
  upgradeWebSocket((c) => {
    const { services, board, boardAccess, principal } = c.var;
    const registry = services.canvasRooms;
    const who = principal.user ? `user:${principal.user.id}` : `guest:${principal.guest?.sessionId ?? 'unknown'}`;
    let connection: CanvasConnection | null = null;
    let stopWatching = () => {};
    const budget = new SocketBudget(services.socketBudget);
    return {
      onOpen(_event, ws) {
        const guard = new SlowClientGuard(ws.raw as WebSocket);
        connection = new CanvasConnection({
          sessionId: `${who}:${c.req.query('sessionId')}`,
          access: boardAccess,
          actor: canvasActorOf(principal),
          socket: {
            send: (data) => guard.allows() && ws.send(data),
            close: (code, reason) => ws.close(code, reason),
            get readyState() {
              return ws.readyState;
            },
          },
          maxMessageBytes: canvasLimits.maxMessageBytes,
        });
        const current = connection;
        stopWatching = watchBoardAccess(services, {
          boardId: board.id,
          regionId: board.regionId,
          principal,
          access: boardAccess,
          close: (code, reason) => current.closeWith(code, reason),
        });
        registry.join(board.id, connection);
      },
      onMessage(event) {
        // Over its budget the socket is closed; everyone else goes on editing.
        if (!budget.take(messageSize(event.data))) return connection?.closeWith(closeCodes.tooManyMessages, 'too many messages');
        connection?.receive(event.data as string | ArrayBuffer);
      },
      onClose() {
        stopWatching();
        if (connection) registry.leave(board.id, connection);
      },
      onError() {
        stopWatching();
        if (connection) registry.leave(board.id, connection);
      },
    };
  }),
);
