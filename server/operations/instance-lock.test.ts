import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { claimInstanceLock, lockPathFor } from './instance-lock';

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
});
