import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import * as Y from 'yjs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { closeCodes } from '../../shared/sync/close-codes';
import { diagramMaps, nodeToY } from '../../shared/diagram/diagram-ydoc';
import { localDatabasePath } from '../db/client';
import { CanvasTestClient, plainText } from '../test/canvas-client';
import { connectDiagram, eventually, type TestDiagramClient } from '../test/diagram-client';
import { createBoard } from '../test/factories';
import { startServerUnderTest, type ServerUnderTest } from '../test/test-server';
import { loadCanvasState } from './canvas/load-canvas-state';
import { DiagramStorage } from './diagram/diagram-storage';

/** Board rooms give up on the database after this long (set small for the test). */
const retrySeconds = 2;

/**
 * Another process holds the database's write lock (`BEGIN EXCLUSIVE`) for `ms`, from a thread of
 * its own so this process's event loop runs on. Resolves once the lock is held; `released` once
 * it is let go.
 */
async function lockDatabase(path: string, ms: number) {
  const worker = new Worker(
    `
    const { parentPort, workerData } = require('node:worker_threads');
    const Database = require(workerData.libsqlPath);
    const db = new Database(workerData.path, { timeout: 5000 });
    db.exec('BEGIN EXCLUSIVE');
    parentPort.postMessage('locked');
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, workerData.ms);
    db.exec('COMMIT');
    db.close();
    parentPort.postMessage('released');
    `,
    { eval: true, workerData: { path, ms, libsqlPath: createRequire(import.meta.url).resolve('libsql') } },
  );
  const released = new Promise<void>((resolve) => worker.on('message', (m) => m === 'released' && resolve()));
  await new Promise<void>((resolve, reject) => {
    worker.on('message', (m) => m === 'locked' && resolve());
    worker.once('error', reject);
  });
  return { released: released.then(() => worker.terminate()).then(() => undefined) };
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** How long another connection waits to take the write lock now (ms), for a diagnosis. */
async function writeLockWait(path: string): Promise<number> {
  const worker = new Worker(
    `
    const { parentPort, workerData } = require('node:worker_threads');
    const Database = require(workerData.libsqlPath);
    const db = new Database(workerData.path, { timeout: 20000 });
    const started = Date.now();
    try { db.exec('BEGIN IMMEDIATE'); db.exec('ROLLBACK'); parentPort.postMessage(Date.now() - started); }
    catch (error) { parentPort.postMessage(-1); }
    db.close();
    `,
    { eval: true, workerData: { path, libsqlPath: createRequire(import.meta.url).resolve('libsql') } },
  );
  const waited = await new Promise<number>((resolve) => worker.once('message', resolve));
  await worker.terminate();
  return waited;
}

/**
 * The database is locked by someone else while people edit. A short lock: the rooms retry with
 * back-off and every change is stored once the lock is gone, nobody is disconnected. A lock longer
 * than the rooms wait: the waiting clients are disconnected with the retryable code (the board
 * says "kobler til igjen"), reconnect, and send their changes again. Either way every change ends
 * up in the database exactly once.
 */
describe('the database is locked while people edit', () => {
  let server: ServerUnderTest;
  let regionId: string;
  let path: string;
  const cleanup: Array<() => void> = [];

  beforeAll(async () => {
    server = await startServerUnderTest({ env: { STORAGE_RETRY_SECONDS: String(retrySeconds) } });
    regionId = (await server.admin.get('/api/regions')).body.regions[0].id;
    path = localDatabasePath(server.database.url)!;
  });
  afterEach(() => {
    for (const undo of cleanup.splice(0)) undo();
  });
  afterAll(() => server.dispose());

  for (const { label, lockMs, disconnects } of [
    { label: 'a short lock is waited out', lockMs: 800, disconnects: false },
    { label: 'a long lock disconnects, and the clients send their changes again', lockMs: retrySeconds * 1000 + 2500, disconnects: true },
  ]) {
    it(`canvas: ${label}; every change is stored exactly once`, async () => {
      // Nothing of the server's may still hold the write lock from before.
      expect(await writeLockWait(path)).toBeLessThan(1000);
      const boardId = await createBoard(server, regionId, 'Låst', { kind: 'canvas' });
      const url = `${server.url.replace('http', 'ws')}/api/boards/${boardId}/canvas/sync`;
      const clients = [0, 1, 2, 3].map(
        (i) => new CanvasTestClient({ url, headers: { origin: server.url, cookie: server.admin.cookieHeader() }, name: `P${i}`, reconnectMs: 200 }),
      );
      cleanup.push(() => clients.forEach((c) => c.close()));
      await Promise.all(clients.map((c) => c.connected()));
      const expected = new Map<string, string>();
      const edit = (round: number) =>
        clients.forEach((client, i) => {
          const id = `k${i}-${round}`;
          client.addNote(id, `Lapp ${id}`, { x: round * 20, y: i * 100 });
          expected.set(`shape:${id}`, `Lapp ${id}`);
        });
      edit(0);
      await clients[0]!.waitFor(() => clients.every((c) => c.shapes().length === 4), 5000, 'the first notes');

      const lock = await lockDatabase(path, lockMs);
      for (let round = 1; round <= 8; round += 1) {
        edit(round);
        await pause(lockMs / 10);
      }
      await lock.released;
      edit(9);

      await clients[0]!.waitFor(() => clients.every((c) => c.isConnected && c.shapes().length === expected.size), 20_000, 'every client to have every note');
      const closes = clients.flatMap((c) => c.socket.closeCodes);
      if (disconnects) expect(closes).toContain(closeCodes.serverRestart);
      else expect(closes).toEqual([]);

      // The store: exactly the notes made, each once, with its text; no push went unanswered.
      const storedNotes = async () => (await loadCanvasState(server.database.db, boardId))!.snapshot.documents.filter((d) => d.state.typeName === 'shape');
      const deadline = Date.now() + 10_000;
      while ((await storedNotes()).length < expected.size && Date.now() < deadline) await pause(50);
      const stored = await storedNotes();
      expect(stored.map((d) => d.state.id).sort()).toEqual([...expected.keys()].sort());
      for (const { state } of stored) expect(plainText(state as never)).toBe(expected.get(state.id));
      expect((await server.api('/api/health')).status).toBe(200);
    }, 60_000);

    it(`diagram: ${label}; every change is stored exactly once`, async () => {
      expect(await writeLockWait(path)).toBeLessThan(1000);
      const boardId = await createBoard(server, regionId, 'Låst', { kind: 'diagram' });
      const clients: TestDiagramClient[] = [];
      for (let i = 0; i < 4; i += 1) clients.push(await connectDiagram(server.url, boardId, server.admin.clone()));
      cleanup.push(() => clients.forEach((c) => c.provider.destroy()));
      const closes: number[] = [];
      for (const client of clients) client.provider.onClose((code) => closes.push(code));
      const expected: string[] = [];
      const edit = (round: number) =>
        clients.forEach((client, i) => {
          const id = `k${i}-${round}`;
          client.doc.transact(() => {
            diagramMaps(client.doc).nodes.set(id, nodeToY({ id, type: 'fritekst', position: { x: round * 20, y: i * 100 }, data: { text: id } }));
            // An append-only list: a change applied twice would show up here twice.
            client.doc.getArray<string>('journal').push([id]);
          });
          expected.push(id);
        });
      edit(0);

      const lock = await lockDatabase(path, lockMs);
      for (let round = 1; round <= 8; round += 1) {
        edit(round);
        await pause(lockMs / 10);
      }
      await lock.released;
      edit(9);

      await eventually(() => {
        for (const client of clients) {
          expect(client.provider.synced).toBe(true);
          expect([...client.doc.getArray<string>('journal')].sort()).toEqual([...expected].sort());
        }
      }, 20_000);
      if (disconnects) expect(closes).toContain(closeCodes.serverRestart);
      else expect(closes).toEqual([]);

      // The store, read as a board is loaded: each change once.
      await eventually(() => {
        const doc = new Y.Doc();
        for (const update of new DiagramStorage(server.services.syncDb).load(boardId).updates) Y.applyUpdate(doc, update);
        expect([...doc.getArray<string>('journal')].sort()).toEqual([...expected].sort());
        expect([...diagramMaps(doc).nodes.keys()].sort()).toEqual([...expected].sort());
      }, 10_000);
      expect((await server.api('/api/health')).status).toBe(200);
    }, 60_000);
  }
});
