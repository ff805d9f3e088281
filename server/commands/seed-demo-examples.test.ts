import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { templateIds } from '../../shared/templates/index';
import { buildTemplate } from '../../shared/templates/build-template';
import { readEnv } from '../env';
import { startServer } from '../start-server';
import { loadCanvasState } from '../sync/canvas/load-canvas-state';
import { countShapes } from '../sync/canvas/canvas-state';
import { listerMunicipalities } from './seed-demo-region';

describe('the demo region’s example boards', () => {
  it('are one per worksheet, built with Lister’s municipalities, made on first start only', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'planrom-examples-'));
    const env = readEnv({ PORT: '0', HOST: '127.0.0.1', DATABASE_URL: `file:${join(dir, 'p.db')}`, LOG_LEVEL: 'silent' });
    const boardsOf = async (server: Awaited<ReturnType<typeof startServer>>) =>
      (await server.database.client.execute('SELECT id, title, kind, template_id, example, created_at FROM boards ORDER BY created_at DESC')).rows;
    try {
      const first = await startServer(env);
      const boards = await boardsOf(first);
      expect(boards.map((b) => b.template_id)).toEqual([...templateIds]);
      expect(boards.every((b) => Number(b.example) === 1)).toBe(true);

      // Each holds its worksheet, with a space for each of Lister's six municipalities.
      const members = listerMunicipalities.map((m) => m.name);
      const vartFormal = boards.find((b) => b.template_id === 'vart-formal')!;
      const built = buildTemplate('vart-formal', {
        language: 'nb',
        municipalities: [...listerMunicipalities].sort((a, b) => a.kommunenummer.localeCompare(b.kommunenummer)).map((m) => m.name),
      });
      const stored = await loadCanvasState(first.database.db, String(vartFormal.id));
      expect(countShapes(stored!.snapshot)).toBe(
        Object.values(built.kind === 'canvas' ? built.snapshot.store : {}).filter((r) => r.typeName === 'shape').length,
      );
      const names = stored!.snapshot.documents.map((d) => (d.state as { props?: { name?: string } }).props?.name).filter(Boolean);
      expect(names).toEqual(expect.arrayContaining(members));
      const diagrams = await first.database.client.execute('SELECT count(DISTINCT board_id) AS n FROM diagram_snapshots');
      expect(Number(diagrams.rows[0]?.n)).toBe(3);
      const canvases = await first.database.client.execute('SELECT count(DISTINCT board_id) AS n FROM canvas_snapshots');
      expect(Number(canvases.rows[0]?.n)).toBe(5);

      // Someone deletes one; a restart neither brings it back nor adds the others again.
      await first.database.client.execute({ sql: 'DELETE FROM boards WHERE id = ?', args: [String(vartFormal.id)] });
      await first.close();
      const second = await startServer(env);
      expect((await boardsOf(second)).map((b) => b.template_id)).toEqual(templateIds.filter((id) => id !== 'vart-formal'));
      await second.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('come once to an install whose demo region was made before there were examples, and never without the region', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'planrom-examples-'));
    const env = readEnv({ PORT: '0', HOST: '127.0.0.1', DATABASE_URL: `file:${join(dir, 'p.db')}`, LOG_LEVEL: 'silent' });
    try {
      const first = await startServer(env);
      // As an older Planrom left it: the region, no examples, no marker.
      await first.database.client.execute('DELETE FROM boards');
      await first.database.client.execute("DELETE FROM instance_settings WHERE key = 'demo_examples_seeded'");
      await first.close();
      const second = await startServer(env);
      expect(Number((await second.database.client.execute('SELECT count(*) AS n FROM boards WHERE example = 1')).rows[0]?.n)).toBe(8);
      // Without the demo region there is nowhere to put them.
      await second.database.client.execute('DELETE FROM boards');
      await second.database.client.execute('DELETE FROM regions');
      await second.database.client.execute("DELETE FROM instance_settings WHERE key = 'demo_examples_seeded'");
      await second.close();
      const third = await startServer(env);
      expect(Number((await third.database.client.execute('SELECT count(*) AS n FROM boards')).rows[0]?.n)).toBe(0);
      await third.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
