import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readEnv } from '../env';
import { startServer } from '../start-server';

describe('the demo region', () => {
  it('is created on first start only, even after it was renamed or a restart', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'planrom-seed-'));
    const env = readEnv({ PORT: '0', HOST: '127.0.0.1', DATABASE_URL: `file:${join(dir, 'p.db')}`, LOG_LEVEL: 'silent' });
    try {
      const first = await startServer(env);
      const regions = await first.database.client.execute('SELECT id, name FROM regions');
      expect(regions.rows.map((r) => r.name)).toEqual(['Lister']);
      await first.database.client.execute({ sql: "UPDATE regions SET name = 'Lister (omdøpt)'", args: [] });
      await first.close();

      const second = await startServer(env);
      const after = await second.database.client.execute('SELECT name FROM regions');
      expect(after.rows.map((r) => r.name)).toEqual(['Lister (omdøpt)']);
      const members = await second.database.client.execute('SELECT count(*) AS n FROM municipalities');
      expect(Number(members.rows[0]?.n)).toBe(6);
      await second.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
