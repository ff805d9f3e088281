import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { migrateDatabase, openDatabase, type DatabaseHandle } from '../db/client';
import { boards, regions } from '../db/schema/index';
import { newId } from '../lib/ids';
import { createImportedBoard } from './create-imported-board';

describe('a board made from an imported file', () => {
  let dir: string;
  let handle: DatabaseHandle;
  const regionId = newId();

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'planrom-import-board-'));
    handle = await openDatabase(`file:${join(dir, 'planrom.db')}`);
    await migrateDatabase(handle);
    await handle.db.insert(regions).values({ id: regionId, name: 'Import', createdAt: new Date() });
  });
  afterAll(() => {
    handle.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const boardRow = (id: string) => handle.db.query.boards.findFirst({ where: eq(boards.id, id) });

  it('is a canvas board like any other, made once its images are stored', async () => {
    const id = newId();
    let boardExistedForImages = false;
    const row = await createImportedBoard(handle.db, { id, regionId, title: 'Aktørkart', templateId: null, by: { id: null, name: 'Gjest' } }, async () => {
      boardExistedForImages = !!(await boardRow(id));
    });
    expect(boardExistedForImages).toBe(true);
    expect(row).toMatchObject({ id, regionId, kind: 'canvas', title: 'Aktørkart', example: false, archivedAt: null, createdByName: 'Gjest' });
    expect(await boardRow(id)).toEqual(row);
  });

  it('is deleted again when its images cannot be stored', async () => {
    const id = newId();
    const failure = new Error('disk full');
    await expect(createImportedBoard(handle.db, { id, regionId, title: 'Halvveis', templateId: null, by: null }, () => Promise.reject(failure))).rejects.toBe(
      failure,
    );
    expect(await boardRow(id)).toBeUndefined();
  });
});
