import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../e2e/support/test-server';
import { ApiClient } from '../test/api-client';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../..', import.meta.url));
const admin = { email: 'drift@kommune.test', password: 'drift-passord-1' };

/** Runs `npm run backup|restore -- <file>` the way an operator would, against the test database. */
function npmRun(script: 'backup' | 'restore', file: string, databaseUrl: string) {
  return run('npm', ['run', '--silent', script, '--', file], { cwd: root, env: { ...process.env, DATABASE_URL: databaseUrl } });
}

async function allBoards(client: ApiClient) {
  const regions = (await client.get('/api/regions')).body.regions as Array<{ id: string; name: string }>;
  const boards = [];
  for (const region of regions) {
    const listed = await client.get(`/api/regions/${region.id}/boards?archived=true`);
    boards.push(...listed.body.boards);
  }
  return boards.sort((a, b) => a.id.localeCompare(b.id));
}

describe('backup and restore', () => {
  let server: TestServer;
  let client: ApiClient;
  let regionId: string;

  beforeAll(async () => {
    server = await startTestServer({ env: { PLANROM_ADMIN_EMAIL: admin.email, PLANROM_ADMIN_PASSWORD: admin.password } });
    client = await new ApiClient(server.url).login(admin.email, admin.password);
    regionId = (await client.get('/api/regions')).body.regions[0].id;
    for (let i = 0; i < 20; i++) {
      await client.post(`/api/regions/${regionId}/boards`, { title: `Tavle ${i} – æøå`, kind: i % 2 ? 'canvas' : 'diagram' });
    }
  }, 60_000);
  afterAll(() => server.dispose());

  it('copies a running Planrom consistently and restores it into a stopped one, board for board', async () => {
    const file = join(server.dataDir, 'backup.db');
    // Keep writing while the backup runs: the copy must still be one consistent moment.
    let writing = true;
    const writer = (async () => {
      let n = 0;
      while (writing) await client.post(`/api/regions/${regionId}/boards`, { title: `Under kopiering ${n++}`, kind: 'canvas' });
    })();
    const { stdout } = await npmRun('backup', file, server.databaseUrl);
    writing = false;
    await writer;
    expect(stdout).toMatch(/Sikkerhetskopi lagret/);
    expect(existsSync(file)).toBe(true);

    // What the backup must contain: everything the server had before the copy began, at least.
    const before = await allBoards(client);

    // Refused while Planrom runs.
    await expect(npmRun('restore', file, server.databaseUrl)).rejects.toMatchObject({ stderr: expect.stringMatching(/Planrom kjører/) });

    await server.stop();
    await server.restart();
    const later = await new ApiClient(server.url).login(admin.email, admin.password);
    const first = before[0];
    await later.patch(`/api/boards/${first.id}`, { title: 'Endret etter kopien' });
    await later.post(`/api/regions/${regionId}/boards`, { title: 'Ny etter kopien', kind: 'canvas' });
    await server.stop();

    const { stdout: restored } = await npmRun('restore', file, server.databaseUrl);
    expect(restored).toMatch(/Gjenopprettet/);
    await server.restart();
    const after = await allBoards(await new ApiClient(server.url).login(admin.email, admin.password));
    const titles = after.map((b) => b.title);
    expect(titles).not.toContain('Ny etter kopien');
    expect(titles).not.toContain('Endret etter kopien');
    // Every board that existed when the copy was taken is back exactly; boards written during the
    // copy are either wholly in it or wholly not.
    const restoredById = new Map(after.map((b) => [b.id, b]));
    const copiedBefore = before.filter((b) => !String(b.title).startsWith('Under kopiering'));
    for (const board of copiedBefore) expect(restoredById.get(board.id)).toEqual(board);
    expect(after.length).toBeGreaterThanOrEqual(copiedBefore.length);
  }, 120_000);

  it('refuses a file that is not a Planrom backup, and changes nothing', async () => {
    await server.stop();
    const notABackup = join(root, 'package.json');
    await expect(npmRun('restore', notABackup, server.databaseUrl)).rejects.toMatchObject({
      stderr: expect.stringMatching(/ikke en gyldig Planrom-sikkerhetskopi/),
    });
    await server.restart();
    expect((await new ApiClient(server.url).login(admin.email, admin.password)) instanceof ApiClient).toBe(true);
  }, 60_000);
});
