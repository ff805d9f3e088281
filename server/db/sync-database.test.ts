import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { immediateWrite, openSyncDatabase, type SyncDatabase } from './sync-database';

describe('writes on the synchronous connection while another connection holds the lock', () => {
  const open: SyncDatabase[] = [];
  let dir = '';
  afterEach(() => {
    for (const db of open.splice(0)) db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('fail cleanly and leave nothing open, so later writes are committed for everyone', () => {
    dir = mkdtempSync(join(tmpdir(), 'planrom-sync-db-'));
    const url = `file:${join(dir, 'test.db')}`;
    const ours = openSyncDatabase(url);
    const other = openSyncDatabase(url);
    open.push(ours, other);
    ours.exec('CREATE TABLE notes (text TEXT)');
    const insert = ours.prepare('INSERT INTO notes (text) VALUES (?)');
    const insertOther = ours.prepare('INSERT INTO notes (text) SELECT ?');
    const write = immediateWrite(ours, (text: string) => insert.run(text));
    const writeOther = immediateWrite(ours, (text: string) => insertOther.run(text));

    other.exec('BEGIN EXCLUSIVE');
    expect(() => write('while locked')).toThrow(/locked|busy/i);
    other.exec('COMMIT');

    // A write through another statement than the one that failed (a different table in the rooms).
    writeOther('after the lock');
    // Another connection sees the write and can write itself: nothing stayed open on ours.
    expect(other.prepare('SELECT text FROM notes').all()).toEqual([{ text: 'after the lock' }]);
    expect(() => other.exec('BEGIN IMMEDIATE; ROLLBACK')).not.toThrow();
    write('once more');
    expect(other.prepare('SELECT text FROM notes').all()).toHaveLength(2);
  });
});
