import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrateDatabase, openDatabase } from '../db/client';
import { boards, regions } from '../db/schema/index';
import { openSyncDatabase } from '../db/sync-database';
import { DiagramStorage } from '../sync/diagram/diagram-storage';

/**
 * A fresh libSQL file in a temporary folder with Planrom's schema and one region, and the diagram
 * storage over it: for tests of diagram rooms and storage without a server.
 */
export async function openDiagramStorageDatabase(name: string) {
  const dir = mkdtempSync(join(tmpdir(), `planrom-${name}-`));
  const url = `file:${join(dir, 'db.sqlite')}`;
  const handle = await openDatabase(url);
  await migrateDatabase(handle);
  const regionId = '00000000-0000-4000-8000-000000000002';
  await handle.db.insert(regions).values({ id: regionId, name: 'R', description: '', language: 'nb', createdAt: new Date() } as never);
  const syncDb = openSyncDatabase(url);
  return {
    storage: new DiagramStorage(syncDb),
    syncDb,
    /** Adds a diagram board to the region. */
    async addBoard(id: string, fields: { title?: string; templateId?: string } = {}) {
      const now = new Date();
      await handle.db
        .insert(boards)
        .values({ id, regionId, title: fields.title ?? 'T', kind: 'diagram', templateId: fields.templateId, createdAt: now, updatedAt: now } as never);
    },
    close() {
      syncDb.close();
      handle.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
