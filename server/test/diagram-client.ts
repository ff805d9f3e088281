import WebSocket from 'ws';
import * as Y from 'yjs';
import { diagramSocketPath } from '../../shared/sync/diagram-protocol';
import { DiagramProvider, type SocketLike } from '../../shared/sync/diagram-provider';
import type { ApiClient } from './api-client';

export interface TestDiagramClient {
  doc: Y.Doc;
  provider: DiagramProvider;
  /** Resolves with the close code when the server closes the connection for good. */
  closed: Promise<number>;
}

/**
 * A diagram client as the web editor runs it (the same provider), over a `ws` socket carrying the
 * caller's cookies. Resolves once the first sync with the server is done.
 */
export async function connectDiagram(baseUrl: string, boardId: string, caller: ApiClient | null, options: { origin?: string } = {}) {
  const headers: Record<string, string> = { origin: options.origin ?? baseUrl };
  const cookie = caller?.cookieHeader();
  if (cookie) headers.cookie = cookie;
  const doc = new Y.Doc();
  const provider = new DiagramProvider(doc, {
    url: `${baseUrl.replace(/^http/, 'ws')}${diagramSocketPath(boardId)}`,
    createSocket: (url) => new WebSocket(url, { headers }) as unknown as SocketLike,
    maxBackoffMs: 300,
  });
  const closed = new Promise<number>((resolve) => provider.onStatus((status) => status === 'closed' && resolve(provider.closedWith ?? 0)));
  await new Promise<void>((resolve, reject) => {
    let settled = false;
    const fail = (why: string) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      provider.destroy();
      reject(new Error(`no sync with ${boardId}: ${why}`));
    };
    const timer = setTimeout(() => fail(`status ${provider.status}`), 10_000);
    // A refused upgrade (401/403/404/409) closes before any sync: report it instead of retrying.
    provider.onStatus((status) => status === 'offline' && !provider.synced && fail('refused'));
    provider.onSynced((synced) => {
      if (!synced || settled) return;
      settled = true;
      clearTimeout(timer);
      resolve();
    });
  });
  return { doc, provider, closed } satisfies TestDiagramClient;
}

/** Waits until `check` passes (polling), or fails with its last error. */
export async function eventually(check: () => void | Promise<void>, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      // Awaited: a check that reads from the server fails here too, not in a promise no one awaits.
      await check();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((r) => setTimeout(r, 20));
    }
  }
}
