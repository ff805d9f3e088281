import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { claimInstanceLock, lockPathFor, runningInstance } from './instance-lock';

describe('the instance lock', () => {
  it('works on a fresh install, where the database folder does not exist yet', () => {
    const root = mkdtempSync(join(tmpdir(), 'planrom-lock-'));
    const database = join(root, 'data', 'planrom.db');
    try {
      const release = claimInstanceLock(database);
      expect(existsSync(lockPathFor(database))).toBe(true);
      release();
      expect(existsSync(lockPathFor(database))).toBe(false);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('keeps a second Planrom off the file, unless both run in cluster mode', () => {
    const root = mkdtempSync(join(tmpdir(), 'planrom-lock-'));
    const database = join(root, 'planrom.db');
    // The parent of this test process stands in for another running Planrom.
    const other = (cluster: boolean) => writeFileSync(lockPathFor(database), `${process.ppid}${cluster ? ' cluster' : ''}\n`);
    try {
      other(false);
      expect(() => claimInstanceLock(database)).toThrow(/another Planrom/);
      expect(() => claimInstanceLock(database, { cluster: true })).toThrow(/running alone/);
      other(true);
      expect(() => claimInstanceLock(database)).toThrow(/cluster mode/);
      const release = claimInstanceLock(database, { cluster: true });
      expect(runningInstance(database)).toBe(process.ppid);
      expect(readFileSync(lockPathFor(database), 'utf8')).toContain(`${process.pid} cluster`);
      release();
      expect(readFileSync(lockPathFor(database), 'utf8').trim()).toBe(`${process.ppid} cluster`);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
