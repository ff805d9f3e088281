import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { openDiagramStorageDatabase } from '../../test/diagram-storage-database';
import type { DiagramStorage } from './diagram-storage';

describe('diagram storage', () => {
  let database: Awaited<ReturnType<typeof openDiagramStorageDatabase>>;
  let storage: DiagramStorage;
  const boardId = '00000000-0000-4000-8000-000000000001';

  beforeAll(async () => {
    database = await openDiagramStorageDatabase('diagram-storage');
    await database.addBoard(boardId);
    storage = database.storage;
  });
  afterAll(() => database.close());

  it('loads the newest snapshot plus the log after it, and trims what a snapshot folds in', () => {
    const doc = new Y.Doc();
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update));
    doc.getMap('m').set('a', 1);
    doc.getMap('m').set('b', 2);
    const first = storage.append(boardId, updates[0]!, { id: null, name: 'Kari' });
    storage.append(boardId, updates[1]!, { id: null, name: 'Ola' });
    const loaded = storage.load(boardId);
    expect(loaded).toMatchObject({ pendingUpdates: 2, pendingAuthors: ['Kari', 'Ola'], latestSnapshot: null });
    storage.writeSnapshot(boardId, Y.encodeStateAsUpdate(doc), first + 1, { reason: 'compaction', authorNames: ['Kari', 'Ola'] });
    doc.getMap('m').set('c', 3);
    storage.append(boardId, updates[2]!, { id: null, name: 'Per' });
    const again = storage.load(boardId);
    expect(again.pendingUpdates).toBe(1);
    const copy = new Y.Doc();
    for (const update of again.updates) Y.applyUpdate(copy, update);
    expect(copy.getMap('m').toJSON()).toEqual({ a: 1, b: 2, c: 3 });
  });

  it('keeps one automatic version per day once they are a day old, and every named one', () => {
    const day = 24 * 60 * 60 * 1000;
    const now = Date.UTC(2025, 4, 20, 12);
    const state = Y.encodeStateAsUpdate(new Y.Doc());
    const at = (ms: number, reason: 'compaction' | 'manual' = 'compaction') => storage.writeSnapshot(boardId, state, 0, { reason, authorNames: [], now: ms });
    const oldMorning = at(now - 3 * day - 3_600_000);
    const oldEvening = at(now - 3 * day + 3_600_000);
    const named = at(now - 3 * day, 'manual');
    const yesterday = at(now - 2 * day);
    const recent1 = at(now - 3_600_000);
    const recent2 = at(now - 1_800_000);
    const newest = at(now);
    expect(storage.pruneVersions(boardId, newest, now)).toBe(1);
    const left = new Set(storage.listVersions(boardId).map((version) => version.id));
    expect(left.has(oldMorning)).toBe(false);
    for (const id of [oldEvening, named, yesterday, recent1, recent2, newest]) expect(left.has(id)).toBe(true);
  });
});
