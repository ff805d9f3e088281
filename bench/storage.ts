import './support/animation-frames';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'libsql';
import WebSocket from 'ws';
import * as Y from 'yjs';
import type { TLRecord } from '@tldraw/tlschema';
import { diagramMaps, nodeToY } from '../shared/diagram/diagram-ydoc';
import { diagramSocketPath } from '../shared/sync/diagram-protocol';
import { CanvasTestClient } from '../server/test/canvas-client';
import { DiagramProvider, type SocketLike } from '../shared/sync/diagram-provider';
import { benchAdminEnv, logInBenchAdmin } from './support/bench-admin';
import { startPlanrom } from './support/planrom-process';
import { table } from './support/stats';
import type { BenchSuite } from './support/suite';

const totalChanges = 10_000;
const people = 10;
/** Each person changes their own shape or node this often (tldraw sends at most one push per 33 ms frame). */
const changeEveryMs = 40;

const sleep = (msToWait: number) => new Promise((resolve) => setTimeout(resolve, msToWait));
const mib = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(2)} MiB`;

/** Where the board's rows live, per board type. */
const tables = {
  canvas: { log: 'canvas_changes', logBytes: 'diff', logKey: 'clock', snapshots: 'canvas_snapshots', snapshotBytes: 'snapshot' },
  diagram: { log: 'diagram_updates', logBytes: '"update"', logKey: 'id', snapshots: 'diagram_snapshots', snapshotBytes: 'state' },
} as const;
type Kind = keyof typeof tables;

interface Footprint {
  fileBytes: number;
  walBytes: number;
  usedBytes: number;
  freeBytes: number;
  logRows: number;
  logBytes: number;
  snapshotRows: number;
  snapshotBytes: number;
}

/** The database file as SQLite sees it (pages in use and on the freelist) and the board's rows. */
function footprint(path: string, kind: Kind, boardId: string): Footprint {
  const db = new Database(path);
  try {
    const pragma = (name: string) => Number(Object.values(db.prepare(`PRAGMA ${name}`).get() as Record<string, unknown>)[0]);
    const pageSize = pragma('page_size');
    const pages = pragma('page_count');
    const free = pragma('freelist_count');
    const t = tables[kind];
    const log = db.prepare(`SELECT count(*) AS rows, coalesce(sum(length(${t.logBytes})), 0) AS bytes FROM ${t.log} WHERE board_id = ?`).get(boardId) as {
      rows: number;
      bytes: number;
    };
    const snapshots = db
      .prepare(`SELECT count(*) AS rows, coalesce(sum(length(${t.snapshotBytes})), 0) AS bytes FROM ${t.snapshots} WHERE board_id = ?`)
      .get(boardId) as { rows: number; bytes: number };
    return {
      fileBytes: statSync(path).size,
      walBytes: existsSync(`${path}-wal`) ? statSync(`${path}-wal`).size : 0,
      usedBytes: (pages - free) * pageSize,
      freeBytes: free * pageSize,
      logRows: Number(log.rows),
      logBytes: Number(log.bytes),
      snapshotRows: Number(snapshots.rows),
      snapshotBytes: Number(snapshots.bytes),
    };
  } finally {
    db.close();
  }
}

/**
 * Follows the board's change log while it is written, adding up every row once (compaction deletes
 * rows a few seconds after they are written; the log is read every 100 ms), so the total the log
 * would hold without compaction is measured, not guessed.
 */
function followLog(path: string, kind: Kind, boardId: string) {
  const db = new Database(path);
  const t = tables[kind];
  const next = db.prepare(
    `SELECT ${t.logKey} AS key, length(${t.logBytes}) AS bytes FROM ${t.log} WHERE board_id = ? AND ${t.logKey} > ? ORDER BY ${t.logKey}`,
  );
  let last = -1;
  const seen = { rows: 0, bytes: 0 };
  const read = () => {
    for (const row of next.all(boardId, last) as Array<{ key: number; bytes: number }>) {
      seen.rows += 1;
      seen.bytes += Number(row.bytes);
      last = Number(row.key);
    }
  };
  const timer = setInterval(read, 100);
  return {
    seen,
    stop() {
      clearInterval(timer);
      read();
      db.close();
    },
  };
}

interface Person {
  change(sequence: number): void;
  close(): void;
}

async function canvasPerson(url: string, headers: Record<string, string>, index: number): Promise<Person> {
  const client = new CanvasTestClient({ url, headers, reconnectMs: 1000 });
  await client.connected(30_000);
  const id = `p${index}`;
  client.addNote(id, `Innspill ${index}`, { x: index * 240, y: 0 });
  return {
    change(sequence) {
      const shape = client.store.get(`shape:${id}` as never) as TLRecord | undefined;
      if (shape) client.store.put([{ ...shape, x: index * 240 + (sequence % 50) } as TLRecord]);
    },
    close: () => client.close(),
  };
}

async function diagramPerson(url: string, headers: Record<string, string>, index: number): Promise<Person> {
  const doc = new Y.Doc();
  const provider = new DiagramProvider(doc, { url, createSocket: (u) => new WebSocket(u, { headers }) as unknown as SocketLike });
  await new Promise<void>((resolve) => provider.onSynced((synced) => synced && resolve()));
  const id = `p${index}`;
  const nodes = diagramMaps(doc).nodes;
  nodes.set(id, nodeToY({ id, type: 'fritekst', position: { x: index * 240, y: 0 }, data: { text: '' } }));
  return {
    change(sequence) {
      (nodes.get(id)?.get('data') as Y.Map<unknown>).set('text', `Innspill ${index}, endring ${sequence}`);
    },
    close() {
      provider.destroy();
      doc.destroy();
    },
  };
}

async function measureKind(kind: Kind) {
  // Canvas rooms unload (and write their last snapshot) 1 s after the last person leaves instead of 30 s.
  const server = await startPlanrom({ env: { ...benchAdminEnv, CANVAS_ROOM_IDLE_SECONDS: '1' } });
  const dbPath = join(server.dataDir, 'planrom.db');
  try {
    const { api, regionId } = await logInBenchAdmin(server);
    const board = await api.post(`/api/regions/${regionId}/boards`, { title: 'Lagring', kind });
    const boardId = board.body.board.id as string;
    const wsBase = server.url.replace('http', 'ws');
    const url = kind === 'canvas' ? `${wsBase}/api/boards/${boardId}/canvas/sync` : `${wsBase}${diagramSocketPath(boardId)}`;
    const headers = { cookie: api.cookieHeader(), origin: server.url };
    const connect = kind === 'canvas' ? canvasPerson : diagramPerson;
    const everyone = await Promise.all(Array.from({ length: people }, (_, i) => connect(url, headers, i)));
    await sleep(1000);
    const empty = footprint(dbPath, kind, boardId);
    const follower = followLog(dbPath, kind, boardId);
    const started = performance.now();
    let sequence = 0;
    const timers = everyone.map((person, i) =>
      setTimeout(
        () => {
          const timer = setInterval(() => person.change(++sequence), changeEveryMs);
          timers.push(timer);
        },
        (i * changeEveryMs) / people,
      ),
    );
    while (follower.seen.rows < totalChanges && performance.now() - started < 300_000) await sleep(20);
    for (const timer of timers) clearInterval(timer);
    const seconds = (performance.now() - started) / 1000;
    await sleep(1000);
    follower.stop();
    const open = footprint(dbPath, kind, boardId);
    for (const person of everyone) person.close();
    // The last person left: the room writes its final snapshot and unloads (canvas 1 s, diagram 5 s).
    const deadline = Date.now() + 30_000;
    while (footprint(dbPath, kind, boardId).logRows > 0 && Date.now() < deadline) await sleep(500);
    await sleep(1000);
    const closed = footprint(dbPath, kind, boardId);
    await server.stop();
    const vacuum = new Database(dbPath);
    vacuum.exec('VACUUM');
    vacuum.pragma('wal_checkpoint(TRUNCATE)');
    vacuum.close();
    const vacuumed = footprint(dbPath, kind, boardId);
    return { empty, open, closed, vacuumed, written: { ...follower.seen }, seconds };
  } finally {
    await server.dispose();
  }
}

const row = (label: string, f: Footprint) => [
  label,
  mib(f.fileBytes),
  mib(f.walBytes),
  mib(f.usedBytes),
  mib(f.freeBytes),
  `${f.logRows} (${mib(f.logBytes)})`,
  `${f.snapshotRows} (${mib(f.snapshotBytes)})`,
];

/** Database size after 10,000 changes to one board, before and after compaction and VACUUM. */
export const storage: BenchSuite = {
  name: 'storage',
  title: 'Storage: database size after 10,000 changes to one board',
  async run() {
    const sections: string[] = [
      `${people} people connected to one board each change their own sticky note (canvas: a move) or node (diagram: its text) every ${changeEveryMs} ms ` +
        `through real sockets (tldraw’s \`TLSyncClient\`, the editor’s \`DiagramProvider\`) until Planrom has logged ${totalChanges.toLocaleString('en')} changes; ` +
        'a fresh database (with the demo region every new install gets). Planrom compacts while people work (canvas: a base snapshot every 500 logged changes; diagram: a snapshot ' +
        'after 500 updates, overwriting the previous automatic one within 10 minutes) and again when the last person leaves and the room unloads ' +
        '(canvas: a checkpoint version; diagram: a snapshot). Planrom never runs VACUUM: freed pages stay in the file on the freelist and are reused by later writes; ' +
        'the VACUUM row shows what the file shrinks to when an operator runs it (server stopped). “In use” and “free” are SQLite’s page_count − freelist_count ' +
        'and freelist_count × page_size (read with the WAL applied); the file and WAL sizes are the files on disk.',
    ];
    for (const kind of ['canvas', 'diagram'] as const) {
      const result = await measureKind(kind);
      sections.push(
        '',
        `### ${kind === 'canvas' ? 'Canvas board' : 'Diagram board'}`,
        '',
        `${result.written.rows.toLocaleString('en')} changes logged in ${result.seconds.toFixed(0)} s; their log rows held ${mib(result.written.bytes)} ` +
          `of ${kind === 'canvas' ? 'change JSON' : 'Yjs updates'} in total (${(result.written.bytes / result.written.rows).toFixed(0)} bytes a change): ` +
          'without compaction the log would hold all of that, plus row and index overhead.',
        '',
        table(
          ['state', 'database file', 'WAL file', 'pages in use', 'free pages', 'board’s log rows (bytes)', 'board’s snapshots (bytes)'],
          [
            row('board created, people connected', result.empty),
            row(`after ${totalChanges.toLocaleString('en')} changes, room open (compacted every 500)`, result.open),
            row('after the room unloaded (final compaction)', result.closed),
            row('after VACUUM', result.vacuumed),
          ],
        ),
      );
      console.log(`  ${kind}: done`);
    }
    return sections.join('\n');
  },
};
