import './support/animation-frames';
import type { TLRecord } from '@tldraw/tlschema';
import { CanvasTestClient, openRawCanvasSession } from '../server/test/canvas-client';
import { bigTldrFile, tldrFileWithImages } from '../server/test/big-tldr';
import { benchAdminEnv, logInBenchAdmin } from './support/bench-admin';
import { startPlanrom } from './support/planrom-process';
import { ms, percentile, table } from './support/stats';
import type { BenchSuite } from './support/suite';

/** People editing the busy board, and how often each moves their note (changes a second). */
const editors = 8;
const watchers = 4;
const movesPerSecond = 5;
const timing = { warmupMs: 2000, measureMs: 10_000 };
const tldr = 'application/vnd.tldraw+json';

interface Measured {
  pings: number[];
  propagation: number[];
  imports: Array<{ status: number; ms: number }>;
}

/**
 * One busy canvas board (8 people moving their note 5 times a second, 4 more watching) while
 * nothing else happens, and while someone imports a 40 MB .tldr file into another board again
 * and again: the refused one of the issue (93,000 shapes, 38 MB) and a valid one (four images
 * carried inside as data URLs, as a real 40 MB file from tldraw holds). Two figures per row, both seen from outside the server:
 * - **event-loop lag**: the round trip of a `ping` on a board socket every 10 ms (tldraw answers
 *   it at once, without the database), so it is the time the server's event loop took to get to it;
 * - **propagation**: how long after sending a move every other person on the board applied it.
 */
export const importUnderLoad: BenchSuite = {
  name: 'import-under-load',
  title: 'A 40 MB import next to a busy board: event-loop lag and propagation',
  async run() {
    const refused = new TextEncoder().encode(bigTldrFile({ shapes: 93_000, bytes: 38 * 1024 * 1024 }));
    const valid = new TextEncoder().encode(tldrFileWithImages({ images: 4, bytes: 40 * 1024 * 1024 - 256 * 1024 }));
    const rows: Array<Array<string | number>> = [];
    for (const [label, file] of [
      ['no import', null],
      ['38 MB, 93,000 shapes (refused)', refused],
      ['40 MB, 4 images inside (accepted)', valid],
    ] as const) {
      const result = await measure(file);
      const accepted = result.imports.filter((answer) => answer.status === 200).length;
      rows.push([
        label,
        ms(percentile(result.pings, 50)),
        ms(percentile(result.pings, 99)),
        ms(Math.max(...result.pings)),
        ms(percentile(result.propagation, 50)),
        ms(percentile(result.propagation, 95)),
        result.propagation.length,
        file ? `${result.imports.length} (${accepted} accepted), ${ms(percentile(result.imports.map((answer) => answer.ms), 50))} each` : '–',
      ]);
    }
    return [
      `${editors} people move their note ${movesPerSecond} times a second on one canvas board and ${watchers} more watch it, for ${timing.measureMs / 1000} s after ${timing.warmupMs / 1000} s of warm-up. ` +
        'In the import rows the administrator uploads the file into another canvas board, again as soon as the previous upload is answered. ' +
        'Event-loop lag is the round trip of a socket ping every 10 ms; the issue asks for its p99 under 50 ms while an import runs.',
      '',
      table(['import', 'lag p50', 'lag p99', 'lag max', 'propagation p50', 'propagation p95', 'moves seen', 'imports during the window'], rows),
    ].join('\n');
  },
};

async function measure(file: Uint8Array | null): Promise<Measured> {
  const server = await startPlanrom({ env: benchAdminEnv });
  const clients: CanvasTestClient[] = [];
  try {
    const { api, regionId } = await logInBenchAdmin(server);
    const makeBoard = async (title: string) =>
      (await api.post(`/api/regions/${regionId}/boards`, { title, kind: 'canvas' })).body.board.id as string;
    const busy = await makeBoard('Travel tavle');
    const target = await makeBoard('Importeres hit');
    const url = `${server.url.replace('http', 'ws')}/api/boards/${busy}/canvas/sync`;
    const headers = { cookie: api.cookieHeader(), origin: server.url };
    for (let i = 0; i < editors + watchers; i++) clients.push(new CanvasTestClient({ url, headers, name: `Person ${i}` }));
    await Promise.all(clients.map((client) => client.connected(30_000)));
    for (let i = 0; i < editors; i++) clients[i]!.addNote(`p${i}`, `Person ${i}`, { x: i * 250, y: 0 });
    await Promise.all(clients.map((client) => client.waitFor(() => client.shapes().length === editors, 30_000, 'all notes')));

    const measured: Measured = { pings: [], propagation: [], imports: [] };
    let measuring = false;
    // Each move carries its send time; everyone else records when they applied it.
    const sentAt = new Map<string, number>();
    for (const client of clients) {
      client.store.listen(
        (entry) => {
          if (!measuring) return;
          for (const [, after] of Object.values(entry.changes.updated) as Array<[TLRecord, TLRecord]>) {
            const stamp = (after as { meta?: { sentAt?: string } }).meta?.sentAt;
            const sent = stamp ? sentAt.get(stamp) : undefined;
            if (sent !== undefined) measured.propagation.push(performance.now() - sent);
          }
        },
        { source: 'remote', scope: 'document' },
      );
    }
    let stamp = 0;
    const movers = clients.slice(0, editors).map((client, i) =>
      setInterval(() => {
        const shape = client.store.get(`shape:p${i}` as never) as (TLRecord & { x: number; meta: object }) | undefined;
        if (!shape) return;
        const key = `${i}-${(stamp += 1)}`;
        sentAt.set(key, performance.now());
        client.store.put([{ ...shape, x: shape.x + 1, meta: { sentAt: key } } as TLRecord]);
      }, 1000 / movesPerSecond),
    );

    const probe = await openRawCanvasSession(url, headers, 'lag-probe');
    let pingSent = 0;
    let waiting = false;
    probe.ws.on('message', (data) => {
      if (!waiting || !String(data).includes('"pong"')) return;
      waiting = false;
      if (measuring) measured.pings.push(performance.now() - pingSent);
    });
    const prober = setInterval(() => {
      if (waiting) return;
      waiting = true;
      pingSent = performance.now();
      probe.send({ type: 'ping' });
    }, 10);

    let importing = !!file;
    const imports = (async () => {
      while (file && importing) {
        const started = performance.now();
        const answer = await api.request(`/api/boards/${target}/canvas/import`, { method: 'POST', body: file as Uint8Array<ArrayBuffer>, headers: { 'content-type': tldr, origin: server.url } });
        if (measuring) measured.imports.push({ status: answer.status, ms: performance.now() - started });
      }
    })();
    await new Promise((resolve) => setTimeout(resolve, timing.warmupMs));
    measuring = true;
    await new Promise((resolve) => setTimeout(resolve, timing.measureMs));
    measuring = false;
    importing = false;
    clearInterval(prober);
    for (const mover of movers) clearInterval(mover);
    await imports;
    probe.ws.close();
    return measured;
  } finally {
    for (const client of clients) client.close();
    await server.dispose();
  }
}
