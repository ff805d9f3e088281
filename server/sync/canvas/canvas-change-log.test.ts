import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBoard } from '../../test/factories';
import { startServerUnderTest, type ServerUnderTest } from '../../test/test-server';
import { CanvasChangeLog } from './canvas-change-log';
import { initialCanvasSnapshot } from './canvas-state';

describe('canvas change log', () => {
  let server: ServerUnderTest;
  let regionId: string;
  beforeAll(async () => {
    server = await startServerUnderTest();
    regionId = (await server.admin.get('/api/regions')).body.regions[0].id;
  });
  afterAll(() => server.dispose());

  const day = 24 * 60 * 60 * 1000;
  const kinds = (boardId: string) =>
    server.services.syncDb.prepare('SELECT kind, created_at AS at FROM canvas_snapshots WHERE board_id = ? ORDER BY created_at').all(boardId) as Array<{
      kind: string;
      at: number;
    }>;

  it('keeps every checkpoint of the last week and one a day before that, and every named version', async () => {
    const boardId = await createBoard(server, regionId);
    const log = new CanvasChangeLog(server.services.syncDb);
    const insert = server.services.syncDb.prepare(
      `INSERT INTO canvas_snapshots (id, board_id, clock, kind, name, created_at, authors, shape_count, snapshot) VALUES (?, ?, 0, ?, NULL, ?, '[]', 0, '{}')`,
    );
    // Noon today (UTC), so that rows minutes apart are on one day whenever the test runs (it failed
    // run three minutes before midnight).
    const now = Math.floor(Date.now() / day) * day + day / 2;
    // Ten days ago: three checkpoints and a named version the same day; two days ago: two checkpoints.
    for (const [i, kind, at] of [
      [1, 'checkpoint', now - 10 * day],
      [2, 'checkpoint', now - 10 * day + 60_000],
      [3, 'named', now - 10 * day + 120_000],
      [4, 'checkpoint', now - 10 * day + 180_000],
      [5, 'checkpoint', now - 2 * day],
      [6, 'checkpoint', now - 2 * day + 60_000],
    ] as const) {
      insert.run(`00000000-0000-4000-8000-00000000000${i}`, boardId, kind, at);
    }
    log.writeSnapshot({ boardId, kind: 'checkpoint', by: null, authors: [], snapshot: initialCanvasSnapshot(), compact: false });
    expect(kinds(boardId).map((row) => row.kind)).toEqual(['named', 'checkpoint', 'checkpoint', 'checkpoint', 'checkpoint']);
    expect(kinds(boardId)[1]!.at).toBe(now - 10 * day + 180_000);
  });
});
