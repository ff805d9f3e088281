import { Hono } from 'hono';
import { upgradeWebSocket } from '@hono/node-server';
import type { WebSocket } from 'ws';
import { meetingLimits } from '../../../shared/meeting/meeting-protocol';
import { closeCodes } from '../../../shared/sync/close-codes';
import { authorizeBoardSocket, type BoardSocketEnv } from '../authorize-board-socket';
import { presenceUserOf } from '../diagram/diagram-socket-routes';
import { watchBoardAccess } from '../watch-board-access';
import { SlowClientGuard } from '../slow-client-guard';
import { startHeartbeat } from '../socket-heartbeat';
import { SocketBudget, messageSize } from '../socket-budget';
import type { MeetingConnection, MeetingRoom } from './meeting-room';
import { recordAttendance } from './meeting-attendance';

/**
 * `GET /api/boards/:boardId/meeting`: the board's meeting channel (JSON), for canvas and diagram
 * boards alike. Authorized like every board socket; readers (observers, view-link guests, the
 * meeting-room screen) follow and watch, only editors run the meeting.
 */
export const meetingSocketRoutes = new Hono<BoardSocketEnv>().get(
  '/:boardId/meeting',
  authorizeBoardSocket,
  upgradeWebSocket((c) => {
    const { services, board, boardAccess, principal } = c.var;
    const rooms = services.meetingRooms;
    let connection: MeetingConnection | null = null;
    let joined: MeetingRoom | null = null;
    let stopWatching = () => {};
    let stopHeartbeat = () => {};
    const budget = new SocketBudget(services.socketBudget);
    let leftMeeting = () => {};
    const leave = () => {
      stopHeartbeat();
      leftMeeting();
      leftMeeting = () => {};
      stopWatching();
      if (!connection || !joined) return;
      joined.leave(connection);
      rooms.released(board.id);
      connection = null;
      joined = null;
    };
    return {
      onOpen(_event, ws) {
        const socket = ws.raw as WebSocket;
        const user = presenceUserOf(principal, boardAccess);
        const guard = new SlowClientGuard(socket);
        const open: MeetingConnection = {
          participant: {
            key: principal.user ? `user:${principal.user.id}` : `guest:${principal.guest?.sessionId ?? 'anon'}`,
            id: user.id,
            name: user.name,
            canControl: boardAccess === 'write',
          },
          send(message) {
            if (guard.allows()) socket.send(JSON.stringify(message));
          },
          close(code, reason) {
            if (socket.readyState === socket.OPEN || socket.readyState === socket.CONNECTING) socket.close(code, reason);
          },
        };
        connection = open;
        const room = rooms.open(board.id);
        joined = room;
        room.join(open);
        // For the minutes: who was there, and when.
        leftMeeting = recordAttendance(services.db, { boardId: board.id, participantKey: open.participant.key, name: open.participant.name }, services.now);
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
        const data = event.data;
        if (!budget.take(messageSize(data))) return connection.close(closeCodes.tooManyMessages, 'too many messages');
        if (typeof data !== 'string') return connection.close(closeCodes.badMessage, 'text messages only');
        if (data.length > meetingLimits.maxMessageBytes) return connection.close(closeCodes.badMessage, 'message too large');
        joined.receive(connection, data);
      },
      onClose: leave,
      onError: leave,
    };
  }),
);
