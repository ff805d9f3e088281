import { createHash } from 'node:crypto';
import { closeCodes } from '../../../shared/sync/close-codes';
import type { PresenceUser } from '../../../shared/sync/diagram-protocol';
import { guestPersonIdPrefix } from '../../../shared/sync/person-ids';
import type { Principal } from '../../auth/principal';
import { boardSocketRoute } from '../board-socket-route';
import type { DiagramConnection } from './diagram-room';

const palette = ['#0b4f8a', '#9a3412', '#166534', '#6b21a8', '#9d174d', '#155e75', '#854d0e', '#3f3f46'];

/** The identity others see in presence: from the session, with a colour that stays the same. */
export function presenceUserOf(principal: Principal, access: 'read' | 'write'): PresenceUser {
  const key = principal.user ? `user:${principal.user.id}` : `guest:${principal.guest?.sessionId ?? 'anon'}`;
  const hash = createHash('sha256').update(key).digest();
  const id = principal.user ? principal.user.id : `${guestPersonIdPrefix}${hash.subarray(0, 6).toString('hex')}`;
  const name = principal.user?.displayName ?? principal.guest?.guestName ?? 'Gjest';
  return { id, name, color: palette[hash[0]! % palette.length]!, canEdit: access === 'write' };
}

/**
 * `GET /api/boards/:boardId/diagram/sync`: the diagram board's WebSocket (y-protocols sync and
 * awareness). Read-only callers are held read-only by the room.
 */
export const diagramSocketRoutes = boardSocketRoute({
  path: '/:boardId/diagram/sync',
  boardKinds: ['diagram'],
  rooms: (services) => services.diagramRooms,
  connect(c, socket): DiagramConnection {
    const { boardAccess, principal } = c.var;
    return {
      access: boardAccess,
      author: { id: principal.user?.id ?? null, name: principal.user?.displayName ?? principal.guest?.guestName ?? null },
      user: presenceUserOf(principal, boardAccess),
      send: (message) => socket.send(message),
      close: (code, reason) => socket.close(code, reason),
    };
  },
  receive(connection, data, room) {
    if (!room) return connection.close(closeCodes.serverRestart, 'room closed');
    if (!(data instanceof ArrayBuffer)) return connection.close(closeCodes.badMessage, 'binary messages only');
    room.receive(connection, new Uint8Array(data));
  },
  close: (connection, code, reason) => connection.close(code, reason),
});
