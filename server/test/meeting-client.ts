import WebSocket from 'ws';
import { meetingSocketPath } from '../../shared/meeting/meeting-protocol';
import type { MeetingRefusal } from '../../shared/meeting/meeting-state';
import { MeetingClient } from '../../shared/meeting/meeting-client';
import type { SocketLike } from '../../shared/sync/reconnecting-socket';
import type { ApiClient } from './api-client';

export interface TestMeetingClient {
  client: MeetingClient;
  /** Every refusal the server sent, in order. */
  refusals: { reason: MeetingRefusal; request: string }[];
}

/**
 * A meeting client as the web app runs it (the same class), over a `ws` socket carrying the
 * caller's cookies. Resolves once the server's welcome has arrived.
 */
export async function connectMeeting(baseUrl: string, boardId: string, caller: ApiClient, options: { screen?: boolean } = {}): Promise<TestMeetingClient> {
  const headers: Record<string, string> = { origin: baseUrl };
  const cookie = caller.cookieHeader();
  if (cookie) headers.cookie = cookie;
  const client = new MeetingClient({
    url: `${baseUrl.replace(/^http/, 'ws')}${meetingSocketPath(boardId, options)}`,
    createSocket: (url) => new WebSocket(url, { headers }) as unknown as SocketLike,
    maxBackoffMs: 300,
  });
  const refusals: TestMeetingClient['refusals'] = [];
  client.onRefused((reason, request) => refusals.push({ reason, request }));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      client.destroy();
      reject(new Error(`no meeting welcome on ${boardId}`));
    }, 10_000);
    const stop = client.subscribe((snapshot) => {
      if (snapshot.status !== 'online') return;
      clearTimeout(timer);
      stop();
      resolve();
    });
  });
  return { client, refusals };
}
