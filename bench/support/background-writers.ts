import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { CanvasTestClient, flattenMessages } from '../../server/test/canvas-client';
import type { ApiClient } from '../../server/test/api-client';

/** Something committing to Planrom's database in the background while a suite measures. */
export interface BackgroundWriter {
  /** Writes the server has committed (acknowledged) so far. */
  committed(): number;
  stop(): void;
}

/**
 * People moving a sticky note on canvas boards, one person per board socket URL, each `perSecond`
 * times a second through tldraw's own client: each board's room stores every change (one commit
 * each) before acknowledging it.
 */
export async function startCanvasWriters(options: { urls: string[]; headers: Record<string, string>; perSecond: number }): Promise<BackgroundWriter> {
  const clients = options.urls.map((url, i) => new CanvasTestClient({ url, headers: options.headers, name: `Skriver ${i}`, reconnectMs: 1000 }));
  await Promise.all(clients.map((client) => client.connected(60_000)));
  let committed = 0;
  let step = 0;
  for (const client of clients) {
    client.socket.onReceiveMessage((message) => {
      for (const m of flattenMessages([message as never])) {
        if (m.type === 'push_result' && (m.action === 'commit' || m.action === 'rebasedCommit')) committed += 1;
      }
    });
    client.addNote('bakgrunn', 'Flyttes');
  }
  const timer = setInterval(() => {
    step += 1;
    for (const client of clients) client.moveShape('bakgrunn', step % 2 ? 10 : 0, 0);
  }, 1000 / options.perSecond);
  return {
    committed: () => committed,
    stop() {
      clearInterval(timer);
      for (const client of clients) client.close();
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

/**
 * Another process on the same database file (as another Planrom process of a cluster) committing
 * `perSecond` canvas changes a second to a board (`other-process-writer.ts`). Its commits cost the
 * measured process nothing, unless it reads again what they did not change.
 */
export async function startOtherProcessWriter(databaseFile: string, boardId: string, perSecond: number): Promise<BackgroundWriter> {
  const child = fork(fileURLToPath(new URL('./other-process-writer.ts', import.meta.url)), [databaseFile, boardId, String(perSecond)], {
    execArgv: ['--import', 'tsx'],
  });
  let committed = 0;
  child.on('message', (message) => {
    if (typeof message === 'object' && message && 'committed' in message) committed = Number(message.committed);
  });
  await new Promise<void>((resolve, reject) => {
    child.once('message', () => resolve());
    child.once('exit', (code) => reject(new Error(`the other process's writer exited (${code})`)));
  });
  let exited: number | null = null;
  child.on('exit', (code) => (exited = code));
  return {
    committed: () => {
      // A writer that stopped would make the condition the quiet one: the bench fails instead.
      if (exited !== null) throw new Error(`the other process's writer exited (${exited})`);
      return committed;
    },
    stop: () => child.kill(),
  };
}
