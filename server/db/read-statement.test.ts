import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { and, desc, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boardsOfRegion } from '../queries/boards-of-region';
import { migrateDatabase, openDatabase, type DatabaseHandle } from './client';
import { openReadConnection } from './read-connection';
import { useReadConnection } from './read-statement';
import { boards, regions } from './schema/index';
import type { SyncDatabase } from './sync-database';

describe('read statements', () => {
  let dir = '';
  let direct: DatabaseHandle;
  let viaClient: DatabaseHandle;
  let connection: SyncDatabase;
  const regionId = 'region-aaaaaaaaaaaaaaa';

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'planrom-read-statement-'));
    const path = join(dir, 'test.db');
    direct = await openDatabase(`file:${path}`);
    await migrateDatabase(direct);
    connection = openReadConnection(path);
    useReadConnection(direct.db, connection);
    // A second handle on the same file without a read connection: the libSQL-server path.
    viaClient = await openDatabase(`file:${path}`);
    await direct.db.insert(regions).values({ id: regionId, name: 'Lister', createdAt: new Date(1_700_000_000_000) });
    await direct.db.insert(boards).values([
      { id: 'board-1aaaaaaaaaaaaaaaa', regionId, title: 'Første', kind: 'canvas', createdAt: new Date(1), updatedAt: new Date(10), createdByName: 'Ada' },
      {
        id: 'board-2aaaaaaaaaaaaaaaa',
        regionId,
        title: 'Andre',
        kind: 'diagram',
        example: true,
        templateId: 'mal',
        createdAt: new Date(2),
        updatedAt: new Date(30),
        updatedById: 'u1',
        updatedByName: 'Bo',
      },
      { id: 'board-3aaaaaaaaaaaaaaaa', regionId, title: 'Arkivert', kind: 'canvas', createdAt: new Date(3), updatedAt: new Date(20), archivedAt: new Date(25) },
    ]);
  });

  afterAll(() => {
    connection.close();
    direct.close();
    viaClient.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('give the rows drizzle gives, decoded the same way, on the read connection and through the client', async () => {
    const expected = await direct.db
      .select()
      .from(boards)
      .where(and(eq(boards.regionId, regionId), isNull(boards.archivedAt)))
      .orderBy(desc(boards.updatedAt));
    expect(expected.map((b) => b.title)).toEqual(['Andre', 'Første']);
    expect(await boardsOfRegion(direct.db, regionId)).toEqual(expected);
    expect(await boardsOfRegion(viaClient.db, regionId)).toEqual(expected);
    expect((await boardsOfRegion(direct.db, regionId, 'only')).map((b) => b.archivedAt)).toEqual([new Date(25)]);
    expect(await boardsOfRegion(viaClient.db, regionId, 'true')).toEqual(await boardsOfRegion(direct.db, regionId, 'true'));
  });

  it('see a write made through the other connection at once', async () => {
    await direct.db
      .update(boards)
      .set({ title: 'Omdøpt', updatedAt: new Date(40) })
      .where(eq(boards.id, 'board-1aaaaaaaaaaaaaaaa'));
    expect((await boardsOfRegion(direct.db, regionId))[0]).toMatchObject({ title: 'Omdøpt', updatedAt: new Date(40) });
  });

  it('never write on the read connection', () => {
    expect(() => connection.exec("UPDATE boards SET title = 'x'")).toThrow(/readonly|read-only|query_only/i);
  });
});
