import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateDatabase, openDatabase, type DatabaseHandle } from '../db/client';
import { openReadConnection } from '../db/read-connection';
import { useReadConnection } from '../db/read-statement';
import { boards, canvasChanges, regions } from '../db/schema/index';
import { openSyncDatabase, type SyncDatabase } from '../db/sync-database';
import { VersionedCache } from '../db/versioned-cache';
import { boardListVersion } from './board-list-version';
import { boardsOfRegion } from './boards-of-region';

describe("a region's board list version", () => {
  let dir = '';
  let url = '';
  let server: DatabaseHandle;
  let readConnection: SyncDatabase;
  /** Another connection to the same file: a board room, or another Planrom process. */
  let other: SyncDatabase;
  const regionId = 'region-aaaaaaaaaaaaaaa';
  const otherRegionId = 'region-bbbbbbbbbbbbbbb';
  const board = (id: string, region = regionId) => ({
    id,
    regionId: region,
    title: id,
    kind: 'canvas' as const,
    createdAt: new Date(1),
    updatedAt: new Date(1),
  });

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'planrom-board-list-version-'));
    url = `file:${join(dir, 'test.db')}`;
    server = await openDatabase(url);
    await migrateDatabase(server);
    readConnection = openReadConnection(join(dir, 'test.db'));
    useReadConnection(server.db, readConnection);
    other = openSyncDatabase(url);
    await server.db.insert(regions).values([
      { id: regionId, name: 'Lister', createdAt: new Date(1) },
      { id: otherRegionId, name: 'Agder', createdAt: new Date(1) },
    ]);
  });

  afterAll(() => {
    other.close();
    readConnection.close();
    server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('moves with every write to the region’s boards, by any connection, and with nothing else', async () => {
    expect(await boardListVersion(server.db, regionId)).toBe(0);
    const seen = [0];
    const moved = async () => {
      const version = await boardListVersion(server.db, regionId);
      expect(version).toBeGreaterThan(seen.at(-1)!);
      seen.push(version);
    };
    await server.db.insert(boards).values([board('board-1aaaaaaaaaaaaaaaa'), board('board-2aaaaaaaaaaaaaaaa')]);
    await moved();
    await server.db.update(boards).set({ title: 'Omdøpt' }).where(eq(boards.id, 'board-1aaaaaaaaaaaaaaaa'));
    await moved();
    // A board room marking a board as changed, on its own connection.
    other.prepare('UPDATE boards SET updated_at = ?, updated_by_name = ? WHERE id = ?').run(2, 'Bo', 'board-2aaaaaaaaaaaaaaaa');
    await moved();
    await server.db
      .update(boards)
      .set({ archivedAt: new Date(3) })
      .where(eq(boards.id, 'board-2aaaaaaaaaaaaaaaa'));
    await moved();
    await server.db.delete(boards).where(eq(boards.id, 'board-2aaaaaaaaaaaaaaaa'));
    await moved();

    // Another region's boards and a room saving a canvas change leave it where it is.
    const before = await boardListVersion(server.db, regionId);
    await server.db.insert(boards).values(board('board-3aaaaaaaaaaaaaaaa', otherRegionId));
    await server.db.update(boards).set({ title: 'Agders' }).where(eq(boards.id, 'board-3aaaaaaaaaaaaaaaa'));
    other.prepare('INSERT INTO canvas_changes (board_id, clock, created_at, diff) VALUES (?, ?, ?, ?)').run('board-1aaaaaaaaaaaaaaaa', 1, 4, '{}');
    expect(await server.db.$count(canvasChanges)).toBe(1);
    expect(await boardListVersion(server.db, regionId)).toBe(before);
    expect(await boardListVersion(server.db, otherRegionId)).toBeGreaterThan(0);

    // A board moved between regions moves both lists.
    const otherBefore = await boardListVersion(server.db, otherRegionId);
    await server.db.update(boards).set({ regionId: otherRegionId }).where(eq(boards.id, 'board-1aaaaaaaaaaaaaaaa'));
    expect(await boardListVersion(server.db, regionId)).toBeGreaterThan(before);
    expect(await boardListVersion(server.db, otherRegionId)).toBeGreaterThan(otherBefore);
  });

  it('keeps a list under it only until a write to the region’s boards, whoever writes', async () => {
    await server.db.insert(boards).values(board('board-4aaaaaaaaaaaaaaaa'));
    const cache = new VersionedCache<string>();
    let computed = 0;
    const titles = async () =>
      cache.get(server.db, regionId, await boardListVersion(server.db, regionId), async () => {
        computed += 1;
        return (await boardsOfRegion(server.db, regionId)).map((b) => b.title).join(',');
      });
    expect(await titles()).toBe('board-4aaaaaaaaaaaaaaaa');
    expect(await titles()).toBe('board-4aaaaaaaaaaaaaaaa');
    expect(computed).toBe(1);

    // Commits elsewhere (another region's boards, a room's canvas change) keep it.
    other.prepare('UPDATE boards SET title = ? WHERE region_id = ?').run('Agders nye', otherRegionId);
    other.prepare('INSERT INTO canvas_changes (board_id, clock, created_at, diff) VALUES (?, ?, ?, ?)').run('board-4aaaaaaaaaaaaaaaa', 2, 5, '{}');
    expect(await titles()).toBe('board-4aaaaaaaaaaaaaaaa');
    expect(computed).toBe(1);

    // A write to the region's boards through this process's client…
    await server.db.update(boards).set({ title: 'Ny tittel' }).where(eq(boards.id, 'board-4aaaaaaaaaaaaaaaa'));
    expect(await titles()).toBe('Ny tittel');
    // …and through another connection (a room, another process) is in the next list.
    other.prepare('UPDATE boards SET title = ? WHERE id = ?').run('Fra en annen prosess', 'board-4aaaaaaaaaaaaaaaa');
    expect(await titles()).toBe('Fra en annen prosess');
    expect(computed).toBe(3);
  });

  it('is read through the client when there is no read connection (a libSQL server)', async () => {
    const viaClient = await openDatabase(url);
    try {
      expect(await boardListVersion(viaClient.db, regionId)).toBe(await boardListVersion(server.db, regionId));
      await viaClient.db.insert(boards).values(board('board-5aaaaaaaaaaaaaaaa'));
      expect(await boardListVersion(viaClient.db, regionId)).toBe(await boardListVersion(server.db, regionId));
    } finally {
      viaClient.close();
    }
  });
});
