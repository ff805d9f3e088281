import { monitorEventLoopDelay } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bigTldrFile } from '../test/big-tldr';
import { canvasFixture, upload } from '../test/canvas-helpers';
import { createBoard, createShareLink, openShareLink } from '../test/factories';
import { startServerUnderTest, type ServerUnderTest } from '../test/test-server';

const tldr = 'application/vnd.tldraw+json';

describe('heavy jobs run in worker threads, with limits', () => {
  let server: ServerUnderTest;
  let regionId: string;
  beforeAll(async () => {
    server = await startServerUnderTest({ env: { WORKER_MAX_JOBS: '3' } });
    regionId = (await server.admin.get('/api/regions')).body.regions[0].id;
  });
  afterAll(() => server.dispose());

  // 38 MB parsed in a worker: 4–9 s in a full run, more on a loaded machine.
  it('refuses a 38 MB file of 93,000 shapes while the server keeps answering others', async () => {
    const boardId = await createBoard(server, regionId, 'Stor import');
    const guest = server.client();
    await openShareLink(guest, (await createShareLink(server, boardId, 'edit')).token);
    const body = new TextEncoder().encode(bigTldrFile({ shapes: 93_000, bytes: 38 * 1024 * 1024 }));
    const lag = monitorEventLoopDelay({ resolution: 10 });
    lag.enable();
    let done = false;
    const importing = upload(guest, `/api/boards/${boardId}/canvas/import`, body, tldr).finally(() => (done = true));
    const healthTimes: number[] = [];
    while (!done) {
      const started = performance.now();
      expect((await server.client().get('/api/health')).status).toBe(200);
      healthTimes.push(performance.now() - started);
    }
    lag.disable();
    const refused = await importing;
    expect(refused.status).toBe(400);
    expect(refused.body.error.code).toBe('too_many_shapes');
    expect(refused.body.error.message).toContain('93000');
    // Before the worker threads the whole server stood still for seconds; a busy test machine
    // still gets a generous bound.
    expect(healthTimes.length).toBeGreaterThan(0);
    expect(Math.max(...healthTimes)).toBeLessThan(1000);
    expect(lag.max / 1e6).toBeLessThan(1000);
  }, 60_000);

  it('refuses a second heavy job from the same person at once with a 429, and lets others through', async () => {
    const boardId = await createBoard(server, regionId, 'Én jobb om gangen');
    const fixture = new TextEncoder().encode(canvasFixture('tldraw-3.15.tldr'));
    // The first upload stops half-way until the second has been answered: the job place is held meanwhile.
    let sendRest!: () => void;
    const rest = new Promise<void>((resolve) => (sendRest = resolve));
    const half = Math.floor(fixture.length / 2);
    const slow = new ReadableStream<Uint8Array>({
      async start(controller) {
        controller.enqueue(fixture.slice(0, half));
        await rest;
        controller.enqueue(fixture.slice(half));
        controller.close();
      },
    });
    const first = fetch(`${server.url}/api/boards/${boardId}/canvas/import`, {
      method: 'POST',
      body: slow,
      duplex: 'half',
      headers: { 'content-type': tldr, origin: server.url, cookie: server.admin.cookieHeader() },
    } as RequestInit);
    await expect.poll(() => server.services.workers.activeJobs).toBe(1);

    const second = await upload(server.admin, `/api/boards/${boardId}/canvas/import`, fixture, tldr);
    expect(second.status).toBe(429);
    expect(second.body.error).toEqual({ code: 'too_many_jobs', message: expect.stringContaining('allerede med en fil for deg') });
    const exported = await server.admin.get(`/api/boards/${boardId}/canvas/export.tldr`);
    expect(exported.status).toBe(429);

    // Someone else is not held back by it.
    const other = server.client();
    await openShareLink(other, (await createShareLink(server, boardId, 'edit')).token);
    expect((await upload(other, `/api/boards/${boardId}/canvas/import`, fixture, tldr)).status).toBe(200);

    sendRest();
    const answer = await first;
    expect(answer.status).toBe(200);
    expect(((await answer.json()) as { shapeCount: number }).shapeCount).toBe(6);
    expect(server.services.workers.activeJobs).toBe(0);
    expect((await server.admin.get(`/api/boards/${boardId}/canvas/export.tldr`)).status).toBe(200);
  });

  it('refuses jobs over the total limit with a 429', async () => {
    const boardId = await createBoard(server, regionId, 'Mange jobber');
    const holds: Array<() => void> = [];
    const callers = await Promise.all(
      [0, 1, 2].map(async () => {
        const guest = server.client();
        await openShareLink(guest, (await createShareLink(server, boardId, 'edit')).token);
        return guest;
      }),
    );
    const fixture = new TextEncoder().encode(canvasFixture('tldraw-3.15.tldr'));
    const slowUploads = callers.map((caller) => {
      const rest = new Promise<void>((resolve) => holds.push(resolve));
      const body = new ReadableStream<Uint8Array>({
        async start(controller) {
          controller.enqueue(fixture.slice(0, 10));
          await rest;
          controller.enqueue(fixture.slice(10));
          controller.close();
        },
      });
      return fetch(`${server.url}/api/boards/${boardId}/canvas/import`, {
        method: 'POST',
        body,
        duplex: 'half',
        headers: { 'content-type': tldr, origin: server.url, cookie: caller.cookieHeader() },
      } as RequestInit);
    });
    await expect.poll(() => server.services.workers.activeJobs).toBe(3);
    const refused = await upload(server.admin, `/api/boards/${boardId}/canvas/import`, fixture, tldr);
    expect(refused.status).toBe(429);
    expect(refused.body.error.message).toContain('mange filer');
    for (const release of holds) release();
    expect((await Promise.all(slowUploads)).map((answer) => answer.status)).toEqual([200, 200, 200]);
  });
});
