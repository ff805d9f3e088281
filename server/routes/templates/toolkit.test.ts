import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { templateIds } from '../../../shared/templates/index';
import { createMember } from '../../test/factories';
import { startServerUnderTest, type ServerUnderTest } from '../../test/test-server';

describe('the toolkit path of a region', () => {
  let server: ServerUnderTest;
  let regionId: string;
  const toolkit = (caller = server.admin) => caller.get(`/api/regions/${regionId}/toolkit`);
  const mark = (templateId: string, agreed: boolean, caller = server.admin) =>
    caller.request(`/api/regions/${regionId}/toolkit/${templateId}`, { method: 'PUT', json: { agreed } });
  const step = async (templateId: string, caller = server.admin) =>
    (await toolkit(caller)).body.steps.find((s: { templateId: string }) => s.templateId === templateId);

  beforeAll(async () => {
    server = await startServerUnderTest({ demo: false });
    regionId = (await server.api('/api/regions', { method: 'POST', json: { name: 'Sti' } })).body.region.id;
  });
  afterAll(() => server.dispose());

  it('lists the worksheets in the guide’s order, none started or agreed at first', async () => {
    const { status, body } = await toolkit();
    expect(status).toBe(200);
    expect(body.steps.map((s: { templateId: string }) => s.templateId)).toEqual([...templateIds]);
    expect(body.steps.every((s: { boards: unknown[]; agreed: unknown }) => s.boards.length === 0 && s.agreed === null)).toBe(true);
  });

  it('counts a worksheet as started by the active boards made from it', async () => {
    const first = (await server.admin.post(`/api/regions/${regionId}/boards`, { templateId: 'vart-formal' })).body.board;
    await server.admin.post(`/api/regions/${regionId}/boards`, { title: 'Eget lerret', kind: 'canvas' });
    expect((await step('vart-formal')).boards).toEqual([{ id: first.id, title: 'Vårt formål', updatedAt: first.updatedAt, example: false }]);
    await server.admin.post(`/api/boards/${first.id}/archive`);
    expect((await step('vart-formal')).boards).toEqual([]);
  });

  it('lists the demo region’s example boards without counting them as started', async () => {
    const demo = await startServerUnderTest();
    try {
      const lister = (await demo.admin.get('/api/regions')).body.regions.find((r: { name: string }) => r.name === 'Lister');
      const steps = (await demo.admin.get(`/api/regions/${lister.id}/toolkit`)).body.steps;
      expect(steps.map((s: { boards: Array<{ example: boolean }> }) => s.boards.map((b) => b.example))).toEqual(templateIds.map(() => [true]));
      const boards = (await demo.admin.get(`/api/regions/${lister.id}/boards`)).body.boards;
      expect(boards.map((b: { templateId: string; example: boolean }) => [b.templateId, b.example])).toEqual(templateIds.map((id) => [id, true]));
      // A copy of an example is the region's own.
      const copy = await demo.admin.post(`/api/boards/${boards[0].id}/duplicate`);
      expect(copy.body.board.example).toBe(false);
    } finally {
      await demo.dispose();
    }
  });

  it('lets coordinators and members mark a worksheet as agreed and take it back; observers only see it', async () => {
    const member = await createMember(server, regionId, 'medlem', 'Mia Medlem');
    const observer = await createMember(server, regionId, 'observator', 'Olav Observatør');

    const marked = await mark('spilleregler-for-samarbeidet', true, member.client);
    expect(marked.status).toBe(200);
    expect(marked.body.step.agreed).toMatchObject({ by: { id: member.userId, name: 'Mia Medlem' } });
    const at = marked.body.step.agreed.at;
    // Marking again keeps the first mark.
    expect((await mark('spilleregler-for-samarbeidet', true)).body.step.agreed.at).toBe(at);

    const refused = await mark('motemodell', true, observer.client);
    expect(refused.status).toBe(403);
    expect((await step('motemodell', observer.client)).agreed).toBeNull();
    expect((await mark('spilleregler-for-samarbeidet', false, observer.client)).status).toBe(403);
    expect((await step('spilleregler-for-samarbeidet', observer.client)).agreed.by.name).toBe('Mia Medlem');

    const unmarked = await mark('spilleregler-for-samarbeidet', false);
    expect(unmarked.body.step.agreed).toBeNull();
  });

  it('refuses unknown worksheets, bad bodies and people outside the region', async () => {
    expect((await mark('ukjent-ark', true)).status).toBe(404);
    expect((await server.admin.request(`/api/regions/${regionId}/toolkit/vart-formal`, { method: 'PUT', json: { agreed: 'ja' } })).status).toBe(400);
    const otherRegion = (await server.api('/api/regions', { method: 'POST', json: { name: 'Annen' } })).body.region.id;
    const outsider = await createMember(server, otherRegion, 'koordinator');
    expect((await toolkit(outsider.client)).status).toBe(404);
    expect((await mark('vart-formal', true, outsider.client)).status).toBe(404);
    expect((await server.client().get(`/api/regions/${regionId}/toolkit`)).status).toBe(401);
  });
});
