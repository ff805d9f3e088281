import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../e2e/support/test-server';
import { diagramMaps, nodeToY } from '../../../shared/diagram/diagram-ydoc';
import { ApiClient } from '../../test/api-client';
import { connectDiagram, eventually } from '../../test/diagram-client';

const admin = { email: 'admin@planrom.test', password: 'admin-passord-123' };

/**
 * The real server as its own process, killed with SIGKILL while one client writes and another
 * receives: every change the other client had received must be there after the restart.
 */
describe('diagram durability', () => {
  let server: TestServer;
  let caller: ApiClient;
  let regionId: string;

  beforeAll(async () => {
    server = await startTestServer({ env: { PLANROM_ADMIN_EMAIL: admin.email, PLANROM_ADMIN_PASSWORD: admin.password } });
    caller = await new ApiClient(server.url).login(admin.email, admin.password);
    regionId = (await caller.get('/api/regions')).body.regions[0].id;
  }, 60_000);
  afterAll(() => server?.dispose());

  it('loses no change another client saw when the server is killed, and reopens as it was', async () => {
    const boardId = (await caller.post(`/api/regions/${regionId}/boards`, { title: 'Krasjtest', kind: 'diagram' })).body.board.id as string;
    const writer = await connectDiagram(server.url, boardId, caller);
    const reader = await connectDiagram(server.url, boardId, caller.clone());
    let seenAtKill: string[] | null = null;
    let killed: Promise<void> | null = null;
    const readerNodes = diagramMaps(reader.doc).nodes;
    readerNodes.observe(() => {
      if (!killed && readerNodes.size >= 60) {
        seenAtKill = [...readerNodes.keys()];
        killed = server.stop('SIGKILL');
      }
    });
    for (let i = 0; i < 150 && !killed; i++) {
      diagramMaps(writer.doc).nodes.set(`n${i}`, nodeToY({ id: `n${i}`, type: 'fritekst', position: { x: i * 10, y: 0 }, data: { text: `endring ${i}` } }));
      // Separate messages, as people typing: let the socket flush between changes.
      await new Promise((r) => setImmediate(r));
    }
    await eventually(() => expect(killed).not.toBeNull(), 10_000);
    await killed;
    writer.provider.destroy();
    reader.provider.destroy();
    expect(seenAtKill!.length).toBeGreaterThanOrEqual(60);

    await server.restart();
    const after = await connectDiagram(server.url, boardId, caller);
    const stored = new Set(diagramMaps(after.doc).nodes.keys());
    expect(seenAtKill!.filter((id) => !stored.has(id))).toEqual([]);
    const text = (id: string) => (diagramMaps(after.doc).nodes.get(id)?.get('data') as { get(k: string): unknown } | undefined)?.get('text');
    expect(text('n0')).toBe('endring 0');
    after.provider.destroy();
  });
});
