import '../support/animation-frames';
import WebSocket from 'ws';
import * as Y from 'yjs';
import type { TLRecord } from '@tldraw/tlschema';
import { diagramMaps, nodeToY } from '../../shared/diagram/diagram-ydoc';
import { CanvasTestClient } from '../../server/test/canvas-client';
import { DiagramProvider, type SocketLike } from '../../shared/sync/diagram-provider';
import { schedulerTimes } from '../support/process-usage';
import { epochNow, type ChildMessage, type ClientPlan, type ParentMessage, type RunOrder, type StartOrder } from './messages';

/**
 * One process of simulated people (started by the latency matrix; several run side by side so the
 * clients are not all on one event loop). Each client owns one shape or node on its board and
 * changes it `changesPerSecond` times a second, writing the send time into the change; every other
 * client records, when it applies the change, how long ago it was sent.
 */

interface SimulatedClient {
  plan: ClientPlan;
  /** Makes one change carrying its send time. */
  change(sentAt: number, sequence: number): void;
  close(): void;
}

let countedWindow = { from: 0, to: 0 };
let latencies: number[] = [];
const record = (sentAt: unknown) => {
  if (typeof sentAt !== 'number' || sentAt < countedWindow.from || sentAt >= countedWindow.to) return;
  latencies.push(epochNow() - sentAt);
};

async function connectCanvas(plan: ClientPlan): Promise<SimulatedClient> {
  const client = new CanvasTestClient({ url: plan.url, headers: plan.headers, reconnectMs: 1000 });
  await client.connected(60_000);
  const id = `c${plan.board}-${plan.index}`;
  client.addNote(id, 'Måling', { x: plan.index * 240, y: 0 });
  // tldraw re-applies this client's own pending changes after each remote one (as 'remote'), and
  // may report a record again; each change is counted once, for the others' shapes only.
  const lastSeen = new Map<string, unknown>();
  client.store.listen(
    ({ changes }) => {
      for (const [, after] of Object.values(changes.updated)) {
        if (after.typeName !== 'shape' || after.id === `shape:${id}`) continue;
        const sentAt = (after.meta as { sentAt?: unknown }).sentAt;
        if (lastSeen.get(after.id) === sentAt) continue;
        lastSeen.set(after.id, sentAt);
        record(sentAt);
      }
    },
    { source: 'remote', scope: 'document' },
  );
  return {
    plan,
    change(sentAt, sequence) {
      const shape = client.store.get(`shape:${id}` as never) as TLRecord | undefined;
      if (shape) client.store.put([{ ...shape, x: plan.index * 240 + (sequence % 2) * 10, meta: { sentAt } } as TLRecord]);
    },
    close: () => client.close(),
  };
}

async function connectDiagram(plan: ClientPlan): Promise<SimulatedClient> {
  const doc = new Y.Doc();
  const provider = new DiagramProvider(doc, {
    url: plan.url,
    createSocket: (url) => new WebSocket(url, { headers: plan.headers }) as unknown as SocketLike,
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('diagram client: no sync in 60 s')), 60_000);
    provider.onSynced((synced) => {
      if (!synced) return;
      clearTimeout(timer);
      resolve();
    });
  });
  const id = `c${plan.board}-${plan.index}`;
  const nodes = diagramMaps(doc).nodes;
  nodes.set(id, nodeToY({ id, type: 'fritekst', position: { x: plan.index * 240, y: 0 }, data: { text: '' } }));
  nodes.observeDeep((events, transaction) => {
    if (transaction.local) return;
    for (const event of events) {
      if (event.target instanceof Y.Map && (event as Y.YMapEvent<unknown>).keysChanged.has('text')) {
        record(Number(event.target.get('text')));
      }
    }
  });
  return {
    plan,
    change(sentAt) {
      (nodes.get(id)?.get('data') as Y.Map<unknown> | undefined)?.set('text', String(sentAt));
    },
    close() {
      provider.destroy();
      doc.destroy();
    },
  };
}

/**
 * Event-loop lag, sampled by a 20 ms timer that runs all the time: each tick records how late it
 * came, stamped with when. (A histogram switched on and off by timers misses a loop so busy that
 * the on and off timers run back to back.)
 */
const lagTickMs = 20;
const lagSamples: Array<{ at: number; lateMs: number }> = [];
let nextTick = epochNow() + lagTickMs;
setInterval(() => {
  const now = epochNow();
  lagSamples.push({ at: now, lateMs: Math.max(0, now - nextTick) });
  nextTick = now + lagTickMs;
  if (lagSamples.length > 100_000) lagSamples.splice(0, 50_000);
}, lagTickMs);

function lagBetween(from: number, to: number) {
  const late = lagSamples.filter((s) => s.at >= from && s.at < to + 5000 && s.at - s.lateMs < to).map((s) => s.lateMs);
  late.sort((a, b) => a - b);
  const at = (p: number) => late[Math.min(late.length - 1, Math.max(0, Math.ceil((p / 100) * late.length) - 1))] ?? 0;
  return { p50: at(50), p99: at(99), max: late.at(-1) ?? 0 };
}

let clients: SimulatedClient[] = [];
let order: RunOrder | null = null;
const send = (message: ChildMessage) => process.send!(message);

async function run(received: RunOrder) {
  order = received;
  clients = [];
  latencies = [];
  countedWindow = { from: 0, to: 0 };
  const connect = received.protocol === 'canvas' ? connectCanvas : connectDiagram;
  // A few at a time, as people arrive; all at once would measure a connection storm instead.
  let failed = 0;
  for (let i = 0; i < received.clients.length; i += 10) {
    const batch = await Promise.allSettled(received.clients.slice(i, i + 10).map(connect));
    for (const result of batch) {
      if (result.status === 'fulfilled') clients.push(result.value);
      else failed += 1;
    }
  }
  send({ type: 'connected', failed });
}

function start({ at, warmupMs, measureMs, drainMs }: StartOrder) {
  countedWindow = { from: at + warmupMs, to: at + warmupMs + measureMs };
  const intervalMs = 1000 / order!.changesPerSecond;
  const sentInWindow: Record<number, number> = {};
  const timers: NodeJS.Timeout[] = [];
  for (const client of clients) {
    // Each person on their own rhythm; the schedule is absolute so a late tick does not shift the rest.
    const phase = Math.random() * intervalMs;
    let sequence = 0;
    const tick = () => {
      const sentAt = epochNow();
      if (sentAt >= countedWindow.to) return;
      sequence += 1;
      client.change(sentAt, sequence);
      if (sentAt >= countedWindow.from) sentInWindow[client.plan.board] = (sentInWindow[client.plan.board] ?? 0) + 1;
      timers.push(setTimeout(tick, Math.max(0, at + phase + sequence * intervalMs - epochNow())));
    };
    timers.push(setTimeout(tick, Math.max(0, at + phase - epochNow())));
  }
  let cpuAtStart = process.cpuUsage();
  let wallAtStart = 0;
  let waitAtStart = 0;
  setTimeout(
    () => {
      cpuAtStart = process.cpuUsage();
      waitAtStart = schedulerTimes('self').waitNs;
      wallAtStart = performance.now();
    },
    Math.max(0, countedWindow.from - epochNow()),
  );
  setTimeout(
    () => {
      const cpu = process.cpuUsage(cpuAtStart);
      const wallMs = performance.now() - wallAtStart;
      const cpuPercent = ((cpu.user + cpu.system) / 1000 / wallMs) * 100;
      const waitPercent = ((schedulerTimes('self').waitNs - waitAtStart) / 1e6 / wallMs) * 100;
      // Late deliveries of the window's last changes still count, until the drain ends.
      setTimeout(() => {
        for (const timer of timers) clearTimeout(timer);
        // Ticks that were due inside the window (a tick blocked past its end still counts).
        const lagSummary = lagBetween(countedWindow.from, countedWindow.to);
        send({ type: 'result', latencies: Float64Array.from(latencies), sentInWindow, lag: lagSummary, cpuPercent, waitPercent });
        for (const client of clients) client.close();
        // The process serves the next row once its sockets are closed.
        setTimeout(() => send({ type: 'closed' }), 500);
      }, drainMs);
    },
    Math.max(0, countedWindow.to - epochNow()),
  );
}

process.on('message', (message: ParentMessage) => {
  if (message.type === 'run') void run(message);
  else if (message.type === 'start') start(message);
});
