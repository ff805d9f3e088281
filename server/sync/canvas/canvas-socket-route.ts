import { z } from 'zod';
import { canvasLimits } from '../../../shared/canvas-limits';
import { validationFailed } from '../../lib/errors';
import { boardSocketRoute } from '../board-socket-route';
import { canvasActorOf } from './canvas-actor';
import { CanvasConnection } from './canvas-connection';

/** tldraw's client names its tab in `sessionId` (and its store in `storeId`). */
const syncQuerySchema = z.object({ sessionId: z.string().regex(/^[\w-]{1,64}$/), storeId: z.string().max(64).optional() });

/**
 * `GET /api/boards/:boardId/canvas/sync`: the canvas board's tldraw sync socket. Observers and
 * view-link guests join read-only (enforced by the room); messages sent while the room loads wait
 * in the connection.
 */
export const canvasSocketRoutes = boardSocketRoute({
  path: '/:boardId/canvas/sync',
  boardKinds: ['canvas'],
  check(c) {
    if (!syncQuerySchema.safeParse(c.req.query()).success) throw validationFailed([{ path: 'sessionId', message: 'Mangler eller har feil form.' }]);
  },
  rooms: (services) => services.canvasRooms,
  connect(c, socket) {
    const { boardAccess, principal } = c.var;
    const who = principal.user ? `user:${principal.user.id}` : `guest:${principal.guest?.sessionId ?? 'unknown'}`;
    return new CanvasConnection({
      sessionId: `${who}:${c.req.query('sessionId')}`,
      access: boardAccess,
      actor: canvasActorOf(principal),
      socket,
      maxMessageBytes: canvasLimits.maxMessageBytes,
    });
  },
  // The connection reassembles tldraw's chunked messages and holds them itself while the room loads.
  waitsForRoom: false,
  receive: (connection, data) => connection.receive(data as string | ArrayBuffer),
  close: (connection, code, reason) => connection.closeWith(code, reason),
  closed: (connection) => connection.markClosed(),
});
