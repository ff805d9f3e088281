import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openSyncDatabase, walSizeLimitBytes } from './sync-database';
import { startWalCheckpointer } from './wal-checkpointer';

describe('WAL checkpoints in a worker', () => {
  const folders: string[] = [];
  afterEach(() => folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true, force: true })));

  it('keeps the WAL file from staying at the size of a burst of writes', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'planrom-wal-'));
    folders.push(folder);
    const path = join(folder, 'planrom.db');
    const db = openSyncDatabase(`file:${path}`);
    const checkpointer = startWalCheckpointer(db, path, 50);
    db.exec('CREATE TABLE changes (id INTEGER PRIMARY KEY, body TEXT)');
    const insert = db.prepare('INSERT INTO changes (body) VALUES (?)');
    // A burst: about 20 MB written with no pause for the checkpointer.
    const body = 'x'.repeat(4096);
    db.transaction(() => {
      for (let i = 0; i < 5000; i += 1) insert.run(body);
    })();
    expect(statSync(`${path}-wal`).size).toBeGreaterThan(walSizeLimitBytes);
    // Ordinary small writes after it: the checkpointer catches up and the next reuse cuts the file.
    for (let round = 0; round < 40 && statSync(`${path}-wal`).size > walSizeLimitBytes; round += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      insert.run('y');
    }
    expect(statSync(`${path}-wal`).size).toBeLessThanOrEqual(walSizeLimitBytes);
    expect((db.prepare('SELECT count(*) AS n FROM changes').get() as { n: number }).n).toBeGreaterThan(5000);
    await checkpointer.stop();
    db.close();
  });
});
