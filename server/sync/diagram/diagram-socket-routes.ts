import { createHash } from 'node:crypto';
import { Hono } from 'hono';
import { createMiddleware } from 'hono/factory';
import { upgradeWebSocket } from '@hono/node-server';
import type { WebSocket } from 'ws';
import { closeCodes } from '../../../shared/sync/close-codes';
import type { PresenceUser } from '../../../shared/sync/diagram-protocol';
import type { Principal } from '../../auth/principal';
import { ApiError } from '../../lib/errors';
import { authorizeBoardSocket, type BoardSocketEnv } from '../authorize-board-socket';
import { SlowClientGuard } from '../slow-client-guard';
import { watchBoardAccess } from '../watch-board-access';
import { startHeartbeat } from '../socket-heartbeat';
import { SocketBudget, messageSize } from '../socket-budget';
import type { DiagramConnection, DiagramRoom } from './diagram-room';

/** Most clients one diagram board takes at once. */
export const maxDiagramClients = 250;

const palette = ['#0b4f8a', '#9a3412', '#166534', '#6b21a8', '#9d174d', '#155e75', '#854d0e', '#3f3f46'];

/** The identity others see in presence: from the session, with a colour that stays the same. */
export function presenceUserOf(principal: Principal, access: 'read' | 'write'): PresenceUser {
  const key = principal.user ? `user:${principal.user.id}` : `guest:${principal.guest?.sessionId ?? 'anon'}`;
  const hash = createHash('sha256').update(key).digest();
  const id = principal.user ? principal.user.id : `gjest-${hash.subarray(0, 6).toString('hex')}`;
  const name = principal.user?.displayName ?? principal.guest?.guestName ?? 'Gjest';
  return { id, name, color: palette[hash[0]! % palette.length]!, canEdit: access === 'write' };
}

/** Only diagram boards have a diagram room. */
export const requireDiagramBoard = createMiddleware<BoardSocketEnv>(async (c, next) => {
  if (c.var.board.kind !== 'diagram') throw new ApiError(409, 'board_kind_mismatch', 'Tavla er ikke et diagram.');
  await next();
});

/**
 * `GET /api/boards/:boardId/diagram/sync`: the diagram board's WebSocket (y-protocols sync and
 * awareness). Authorized at upgrade time like HTTP; read-only callers are held read-only by the
 * room; the connection closes with a named code when access is taken away.
 */
export const diagramSocketRoutes = new Hono<BoardSocketEnv>().get(
  '/:boardId/diagram/sync',
  authorizeBoardSocket,
  requireDiagramBoard,
  upgradeWebSocket((c) => {
    const { services, board, boardAccess, principal } = c.var;
    const rooms = services.diagramRooms;
    let connection: DiagramConnection | null = null;
    let joined: DiagramRoom | null = null;
    let stopWatching = () => {};
    let stopHeartbeat = () => {};
    const budget = new SocketBudget(services.socketBudget);
    return {
      onOpen(_event, ws) {
        const socket = ws.raw as WebSocket;
        const guard = new SlowClientGuard(socket);
        const room = rooms.open(board.id);
        if (room.connections.size >= maxDiagramClients) {
          ws.close(closeCodes.boardFull, 'board full');
          rooms.released(board.id);
          return;
        }
        const open: DiagramConnection = {
          access: boardAccess,
          author: { id: principal.user?.id ?? null, name: principal.user?.displayName ?? principal.guest?.guestName ?? null },
          user: presenceUserOf(principal, boardAccess),
          send(message) {
            if (guard.allows()) socket.send(message);
          },
          close(code, reason) {
            if (socket.readyState === socket.OPEN || socket.readyState === socket.CONNECTING) socket.close(code, reason);
          },
        };
        connection = open;
        joined = room;
        room.join(open);
        stopWatching = watchBoardAccess(services, {
          boardId: board.id,
          regionId: board.regionId,
          principal,
          access: boardAccess,
          close: (code, reason) => open.close(code, reason),
        });
        stopHeartbeat = startHeartbeat(socket);
      },
      onMessage(event) {
        if (!connection || !joined) return;
        if (!budget.take(messageSize(event.data))) return connection.close(closeCodes.tooManyMessages, 'too many messages');
        if (joined.destroyed) return connection.close(closeCodes.serverRestart, 'room closed');
        if (!(event.data instanceof ArrayBuffer)) return connection.close(closeCodes.badMessage, 'binary messages only');
        joined.receive(connection, new Uint8Array(event.data));
      },
      onClose() {
        stopHeartbeat();
        stopWatching();
        if (!connection || !joined) return;
        joined.leave(connection);
        rooms.released(board.id);
        connection = null;
        joined = null;
      },
    };
  }),
);
