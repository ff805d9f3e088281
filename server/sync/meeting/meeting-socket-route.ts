import { meetingLimits } from '../../../shared/meeting/meeting-protocol';
import { meetingScreenQuery } from '../../../shared/web/meeting-screen-query';
import { closeCodes } from '../../../shared/sync/close-codes';
import { boardSocketRoute } from '../board-socket-route';
import { presenceUserOf } from '../diagram/diagram-socket-routes';
import type { MeetingConnection, MeetingRoom } from './meeting-room';
import { recordAttendance } from './meeting-attendance';

/** A meeting socket's client, with the end of its attendance record. */
interface MeetingSocketClient extends MeetingConnection {
  leftMeeting(): void;
}

/**
 * `GET /api/boards/:boardId/meeting`: the board's meeting channel (JSON), for canvas and diagram
 * boards alike. Readers (observers, view-link guests, the meeting-room screen) follow and watch,
 * only editors run the meeting.
 */
export const meetingSocketRoutes = boardSocketRoute<MeetingRoom, MeetingSocketClient>({
  path: '/:boardId/meeting',
  rooms: (services) => services.meetingRooms,
  connect(c, socket): MeetingSocketClient {
    const { services, board, boardAccess, principal } = c.var;
    const user = presenceUserOf(principal, boardAccess);
    const key = principal.user ? `user:${principal.user.id}` : `guest:${principal.guest?.sessionId ?? 'anon'}`;
    const isScreen = c.req.query(meetingScreenQuery.name) === meetingScreenQuery.value;
    return {
      participant: { key, id: user.id, name: user.name, canControl: boardAccess === 'write' },
      send: (message) => socket.send(JSON.stringify(message)),
      close: (code, reason) => socket.close(code, reason),
      // For the minutes: who was there, and when. The meeting-room screen is no one: it can only
      // leave itself out (a screen that does not say so is noted as whoever opened it).
      leftMeeting: isScreen ? () => {} : recordAttendance(services.db, { boardId: board.id, participantKey: key, name: user.name }, services.now),
    };
  },
  receive(connection, data, room) {
    if (!room) return connection.close(closeCodes.serverRestart, 'room closed');
    if (typeof data !== 'string') return connection.close(closeCodes.badMessage, 'text messages only');
    if (data.length > meetingLimits.maxMessageBytes) return connection.close(closeCodes.badMessage, 'message too large');
    room.receive(connection, data);
  },
  close: (connection, code, reason) => connection.close(code, reason),
  closed: (connection) => connection.leftMeeting(),
});
