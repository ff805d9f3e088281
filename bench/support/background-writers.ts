import { CanvasTestClient, flattenMessages } from '../../server/test/canvas-client';
import type { ApiClient } from '../../server/test/api-client';

/** Something committing to Planrom's database in the background while a suite measures. */
export interface BackgroundWriter {
  /** Writes the server has committed (acknowledged) so far. */
  committed(): number;
  stop(): void;
}

/**
 * A person moving a sticky note on a canvas board `perSecond` times a second through tldraw's own
 * client: the board's room stores every change (one commit each) before acknowledging it.
 */
export async function startCanvasWriter(options: { url: string; headers: Record<string, string>; perSecond: number }): Promise<BackgroundWriter> {
  const client = new CanvasTestClient({ url: options.url, headers: options.headers, name: 'Skriver', reconnectMs: 1000 });
  await client.connected(60_000);
  let committed = 0;
  client.socket.onReceiveMessage((message) => {
    for (const m of flattenMessages([message as never])) {
      if (m.type === 'push_result' && (m.action === 'commit' || m.action === 'rebasedCommit')) committed += 1;
    }
  });
  client.addNote('bakgrunn', 'Flyttes');
  let step = 0;
  const timer = setInterval(() => client.moveShape('bakgrunn', (step += 1) % 2 ? 10 : 0, 0), 1000 / options.perSecond);
  return {
    committed: () => committed,
    stop() {
      clearInterval(timer);
      client.close();
    },
  };
}

/** Renames a board `perSecond` times a second through the REST API (each rename changes its region's board list). */
export function startRenamer(api: ApiClient, boardId: string, perSecond: number): BackgroundWriter {
  let committed = 0;
  let step = 0;
  const timer = setInterval(() => {
    void api.patch(`/api/boards/${boardId}`, { title: `Omdøpt ${(step += 1)}` }).then((response) => {
      if (response.status === 200) committed += 1;
    });
  }, 1000 / perSecond);
  return { committed: () => committed, stop: () => clearInterval(timer) };
}
