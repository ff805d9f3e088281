import { Hono, type Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import { upgradeWebSocket } from '@hono/node-server';
import type { WSMessageReceive } from 'hono/ws';
import type { WebSocket } from 'ws';
import { closeCodes, type CloseCode } from '../../shared/sync/close-codes';
import type { Services } from '../app-env';
import { ApiError } from '../lib/errors';
import { authorizeBoardSocket, type BoardSocketEnv } from './authorize-board-socket';
import { SlowClientGuard } from './slow-client-guard';
import { SocketBudget, messageSize } from './socket-budget';
import { startHeartbeat } from './socket-heartbeat';
import { watchBoardAccess } from './watch-board-access';

type BoardKind = BoardSocketEnv['Variables']['board']['kind'];

/** Messages a socket may send while its room loads (a sync exchange takes a few). */
const maxWaitingMessages = 500;

/** What a room's client may do with its socket; `send` skips (and in time drops) a slow reader. */
export interface BoardSocket {
  send(data: string | Uint8Array): void;
  close(code: CloseCode | 1000, reason: string): void;
  readonly readyState: number;
}

/** The part of a room registry a socket route uses. */
export interface SocketRooms<Room, Client> {
  join(boardId: string, client: Client): Promise<boolean> | null;
  leave(boardId: string, client: Client): void;
  roomOf(boardId: string, client: Client): Room | null;
}

export interface BoardSocketSetup<Room, Client> {
  /** Route path under /api/boards, e.g. `/:boardId/diagram/sync`. */
  path: string;
  /** The board kinds this socket serves; another kind is refused with 409 `board_kind_mismatch`. All when omitted. */
  boardKinds?: readonly BoardKind[];
  /** Checks of the request before the upgrade (throw an ApiError to refuse). */
  check?(c: Context<BoardSocketEnv>): void;
  rooms(services: Services): SocketRooms<Room, Client>;
  /** Makes the room's client for an opened socket. */
  connect(c: Context<BoardSocketEnv>, socket: BoardSocket): Client;
  /** A message within the socket's budget, in order (held while the room loads); `room` is null once it was dropped. */
  receive(client: Client, data: WSMessageReceive, room: Room | null): void;
  close(client: Client, code: CloseCode, reason: string): void;
  /**
   * Whether messages wait for the room to load before `receive` (default). False when the client
   * holds them itself (the canvas connection reassembles and buffers tldraw's messages).
   */
  waitsForRoom?: boolean;
  /** The socket closed; called before the client leaves its room. */
  closed?(client: Client): void;
}

/** Refuses a socket for a board of another kind, with the same answer for every kind of room. */
export const requireBoardKind = (kinds: readonly BoardKind[]) =>
  createMiddleware<BoardSocketEnv>(async (c, next) => {
    if (!kinds.includes(c.var.board.kind)) throw new ApiError(409, 'board_kind_mismatch', 'Tavla er av en annen type.');
    await next();
  });

/**
 * A board's WebSocket route, the same for every kind of room: authorized at upgrade like HTTP
 * (read-only callers are held read-only by the room), the board kind checked, then the client joins
 * its board's room (or is told the board is full). While open, the socket is closed with a named
 * code when access is taken away, when it sends more than its budget, or when it stops reading;
 * a heartbeat drops peers that vanished without closing.
 */
export function boardSocketRoute<Room, Client>(setup: BoardSocketSetup<Room, Client>) {
  return new Hono<BoardSocketEnv>().get(
    setup.path,
    authorizeBoardSocket,
    requireBoardKind(setup.boardKinds ?? ['canvas', 'diagram']),
    async (c, next) => {
      setup.check?.(c);
      await next();
    },
    upgradeWebSocket((c) => {
      const { services, board, boardAccess, principal } = c.var;
      const rooms = setup.rooms(services);
      const budget = new SocketBudget(services.socketBudget);
      let client: Client | null = null;
      /** Messages that arrived while the room loads, handed over in order once it has. */
      let waiting: WSMessageReceive[] | null = null;
      let stopWatching = () => {};
      let stopHeartbeat = () => {};
      const leave = () => {
        stopHeartbeat();
        stopWatching();
        if (!client) return;
        const leaving = client;
        client = null;
        setup.closed?.(leaving);
        rooms.leave(board.id, leaving);
      };
      return {
        onOpen(_event, ws) {
          const raw = ws.raw as WebSocket;
          const guard = new SlowClientGuard(raw);
          const opened = setup.connect(c, {
            send: (data) => {
              if (guard.allows()) raw.send(data);
            },
            close: (code, reason) => {
              if (raw.readyState === raw.OPEN || raw.readyState === raw.CONNECTING) raw.close(code, reason);
            },
            get readyState() {
              return raw.readyState;
            },
          });
          const joined = rooms.join(board.id, opened);
          if (!joined) return setup.closed?.(opened);
          client = opened;
          if (setup.waitsForRoom !== false && !rooms.roomOf(board.id, opened)) {
            waiting = [];
            void joined.then((attached) => {
              const held = waiting ?? [];
              waiting = null;
              if (!attached) return;
              for (const data of held) if (client === opened) setup.receive(opened, data, rooms.roomOf(board.id, opened));
            });
          }
          stopWatching = watchBoardAccess(services, {
            boardId: board.id,
            regionId: board.regionId,
            principal,
            access: boardAccess,
            close: (code, reason) => setup.close(opened, code, reason),
          });
          stopHeartbeat = startHeartbeat(raw);
        },
        onMessage(event) {
          if (!client) return;
          // Over its budget the socket is closed; everyone else goes on working.
          if (!budget.take(messageSize(event.data))) return setup.close(client, closeCodes.tooManyMessages, 'too many messages');
          if (waiting) {
            if (waiting.length >= maxWaitingMessages) return setup.close(client, closeCodes.serverRestart, 'too many messages while loading');
            return void waiting.push(event.data);
          }
          setup.receive(client, event.data, rooms.roomOf(board.id, client));
        },
        onClose: leave,
        onError: leave,
      };
    }),
  );
}
