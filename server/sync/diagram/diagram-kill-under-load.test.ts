import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../e2e/support/test-server';
import { diagramMaps, nodeToY, type YFields } from '../../../shared/diagram/diagram-ydoc';
import { openSyncDatabase } from '../../db/sync-database';
import { ApiClient } from '../../test/api-client';
import { connectDiagram, eventually, type TestDiagramClient } from '../../test/diagram-client';
import { DiagramStorage } from './diagram-storage';

const admin = { email: 'drift@planrom.test', password: 'et-langt-passord-123' };
const writerCount = 20;

/** What a document holds of each node, as the test compares it: text and x. */
function nodesOf(doc: Y.Doc): Map<string, { text: unknown; x: number }> {
  const out = new Map<string, { text: unknown; x: number }>();
  for (const [id, node] of diagramMaps(doc).nodes.entries()) {
    out.set(id, { text: (node.get('data') as YFields | undefined)?.get('text'), x: (node.get('position') as { x: number }).x });
  }
  return out;
}

const fingerprint = (doc: Y.Doc) => JSON.stringify([...nodesOf(doc)].sort(([a], [b]) => a.localeCompare(b)));

/**
 * The server is its own process, killed with SIGKILL while twenty people edit one diagram board.
 * Yjs has no acknowledgement message: the room stores an update before it relays it, so a change
 * counts as acknowledged once another client (here an observer) has received it. Every one of
 * those is in the database after the kill, change by change; when the server is back, everyone
 * reconnects by themselves, the edits made during the outage arrive, and all converge.
 */
describe('diagram: SIGKILL while twenty people edit', () => {
  let server: TestServer;
  let api: ApiClient;
  let boardId: string;
  const clients: TestDiagramClient[] = [];

  beforeAll(async () => {
    server = await startTestServer({ env: { PLANROM_ADMIN_EMAIL: admin.email, PLANROM_ADMIN_PASSWORD: admin.password } });
    api = await new ApiClient(server.url).login(admin.email, admin.password);
    const regionId = (await api.get('/api/regions')).body.regions[0].id;
    boardId = (await api.post(`/api/regions/${regionId}/boards`, { title: 'Tjue samtidig', kind: 'diagram' })).body.board.id;
  });
  afterAll(async () => {
    for (const client of clients) client.provider.destroy();
    await server?.dispose();
  });

  it('keeps every change others saw, then reconnects everyone to one converged diagram', async () => {
    for (let i = 0; i <= writerCount; i += 1) clients.push(await connectDiagram(server.url, boardId, api.clone()));
    const observer = clients[writerCount]!;
    const writers = clients.slice(0, writerCount);
    const created: string[][] = writers.map(() => []);

    const acknowledged = () => diagramMaps(observer.doc).nodes.size;
    let step = 0;
    const editRound = () => {
      writers.forEach((writer, i) => {
        const nodes = diagramMaps(writer.doc).nodes;
        const own = created[i]!;
        if (step % 3 === 2 && own.length > 0) {
          // A move of one of its own nodes, always further right.
          nodes.get(own[step % own.length]!)?.set('position', { x: 1000 + step * 10, y: i * 100 });
          return;
        }
        const id = `d${i}-${own.length}`;
        nodes.set(id, nodeToY({ id, type: 'fritekst', position: { x: step * 10, y: i * 100 }, data: { text: `Node ${id}` } }));
        own.push(id);
      });
      step += 1;
    };
    // At least 2.5 s of editing, longer on a busy machine until enough was acknowledged.
    const started = Date.now();
    while (Date.now() - started < 2500 || (acknowledged() < writerCount * 3 && Date.now() - started < 15_000)) {
      editRound();
      await new Promise((r) => setTimeout(r, 60));
    }
    // What the observer has received is what the room had stored: the acknowledged changes.
    const seen = nodesOf(observer.doc);
    await server.stop('SIGKILL');
    expect(seen.size).toBeGreaterThanOrEqual(writerCount * 3);

    // The store itself, read while the server is down.
    const syncDb = openSyncDatabase(server.databaseUrl);
    const stored = new DiagramStorage(syncDb).load(boardId);
    syncDb.close();
    const doc = new Y.Doc();
    for (const update of stored.updates) Y.applyUpdate(doc, update);
    const storedNodes = nodesOf(doc);
    const lost: string[] = [];
    for (const [id, expected] of seen) {
      const node = storedNodes.get(id);
      if (!node) lost.push(`${id} missing`);
      else if (node.text !== expected.text) lost.push(`${id} text`);
      else if (node.x < expected.x) lost.push(`${id} x ${node.x} < ${expected.x}`);
    }
    expect(lost).toEqual([]);

    // Everyone keeps editing during the outage; those edits wait in the clients.
    for (let i = 0; i < 3; i += 1) editRound();
    await server.restart();

    const converged = () =>
      eventually(() => {
        expect(clients.every((c) => c.provider.synced)).toBe(true);
        const first = fingerprint(observer.doc);
        for (const id of created.flat()) expect(first).toContain(`"${id}"`);
        for (const client of clients) expect(fingerprint(client.doc)).toBe(first);
      }, 40_000);
    await converged();

    // A planned restart (SIGTERM) while everyone is connected: the same again.
    await server.stop('SIGTERM');
    for (let i = 0; i < 3; i += 1) editRound();
    await server.restart();
    await converged();

    const newcomer = await connectDiagram(server.url, boardId, api.clone());
    clients.push(newcomer);
    expect(fingerprint(newcomer.doc)).toBe(fingerprint(observer.doc));
  }, 90_000);
});
