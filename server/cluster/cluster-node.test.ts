import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AccessEvents } from '../auth/access-events';
import { migrateDatabase, openDatabase, type DatabaseHandle } from '../db/client';
import { clusterProcesses, roomClaims } from '../db/schema/index';
import { ClusterNode } from './cluster-node';
import { exampleHaproxySettings, haproxyConfig } from './haproxy-config';

const timings = { pollMs: 30, heartbeatMs: 100, deadAfterMs: 400, releaseWaitMs: 3000 };

async function until(check: () => boolean, what: string, timeoutMs = 3000) {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('a cluster node', () => {
  let dir: string;
  const handles: DatabaseHandle[] = [];
  const nodes: ClusterNode[] = [];

  const startNode = async (id: string) => {
    const handle = await openDatabase(`file:${join(dir, 'planrom.db')}`);
    handles.push(handle);
    const events = new AccessEvents();
    const node = new ClusterNode(handle.db, events, { processId: id, timings });
    await node.start();
    nodes.push(node);
    return { node, events, db: handle.db };
  };

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'planrom-cluster-node-'));
    const first = await openDatabase(`file:${join(dir, 'planrom.db')}`);
    await migrateDatabase(first);
    handles.push(first);
  });
  afterEach(async () => {
    for (const node of nodes.splice(0)) await node.stop();
    for (const handle of handles.splice(0)) handle.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('raises the access events of one process on the others, once', async () => {
    const a = await startNode('a');
    const b = await startNode('b');
    const onA: string[] = [];
    const onB: string[] = [];
    a.events.on('share-link-revoked', (id) => onA.push(id));
    b.events.on('share-link-revoked', (id) => onB.push(id));
    b.events.on('membership-changed', (change) => onB.push(`${change.regionId}/${change.userId}`));
    a.events.emit('share-link-revoked', 'lenke-1');
    a.events.emit('membership-changed', { regionId: 'r', userId: 'u' });
    expect(onA).toEqual(['lenke-1']);
    await until(() => onB.length === 2, 'the events on b');
    expect(onB).toEqual(['lenke-1', 'r/u']);
    await new Promise((r) => setTimeout(r, 100));
    expect(onA).toEqual(['lenke-1']);
  });

  it('moves a room: the former holder lets go before the new one may load', async () => {
    const a = await startNode('a');
    const b = await startNode('b');
    const order: string[] = [];
    await a.node.opening('canvas', 'tavle', () => order.push('a released'));
    expect(await a.node.holderOf('canvas', 'tavle')).toBe('a');
    await b.node.opening('canvas', 'tavle', () => order.push('b released')).then(() => order.push('b loads'));
    expect(order).toEqual(['a released', 'b loads']);
    expect(await b.node.holderOf('canvas', 'tavle')).toBe('b');
    // A's unload after the move leaves b's claim alone; b's own unload removes it.
    a.node.closed('canvas', 'tavle');
    await new Promise((r) => setTimeout(r, 50));
    expect(await b.node.holderOf('canvas', 'tavle')).toBe('b');
    b.node.closed('canvas', 'tavle');
    await new Promise((r) => setTimeout(r, 50));
    expect(await b.node.holderOf('canvas', 'tavle')).toBeNull();
  });

  it('does not wait for a holder that stopped showing it is alive', async () => {
    const b = await startNode('b');
    const long = new Date(Date.now() - 60_000);
    await b.db.insert(clusterProcesses).values({ id: 'dead', startedAt: long, seenAt: long });
    await b.db.insert(roomClaims).values({ kind: 'diagram', boardId: 'tavle', processId: 'dead', claimedAt: long });
    const started = Date.now();
    await b.node.opening('diagram', 'tavle', () => {});
    expect(Date.now() - started).toBeLessThan(1000);
    expect(await b.node.holderOf('diagram', 'tavle')).toBe('b');
  });

  it('waits for a holder that was alive at the claim only until it is seen dead', async () => {
    const b = await startNode('b');
    const now = new Date();
    await b.db.insert(clusterProcesses).values({ id: 'killed', startedAt: now, seenAt: now });
    await b.db.insert(roomClaims).values({ kind: 'canvas', boardId: 'tavle', processId: 'killed', claimedAt: now });
    const started = Date.now();
    await b.node.opening('canvas', 'tavle', () => {});
    const waited = Date.now() - started;
    expect(waited).toBeGreaterThanOrEqual(timings.deadAfterMs - 100);
    expect(waited).toBeLessThan(timings.releaseWaitMs);
  });
});

describe('the shipped HAProxy configuration', () => {
  it('is what the cluster script writes for two processes', () => {
    const shipped = readFileSync(new URL('../../deploy/haproxy/planrom.cfg', import.meta.url), 'utf8');
    expect(shipped).toBe(haproxyConfig(exampleHaproxySettings));
  });
});
