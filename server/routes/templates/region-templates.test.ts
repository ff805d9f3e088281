import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCanvas, tinyPng, upload } from '../../test/canvas-helpers';
import { createMember } from '../../test/factories';
import { startServerUnderTest, type ServerUnderTest } from '../../test/test-server';

describe('a region’s own templates ("Lagre som mal")', () => {
  let server: ServerUnderTest;
  let regionId: string;
  const createBoard = async (json: Record<string, unknown>, caller = server.admin) => {
    const created = await caller.post(`/api/regions/${regionId}/boards`, json);
    if (created.status !== 201) throw new Error(JSON.stringify(created.body));
    return created.body.board as { id: string; title: string; kind: string; templateId: string | null };
  };
  const shapesOf = async (boardId: string) => {
    const client = openCanvas(server, boardId);
    await client.connected();
    const records = client.store.allRecords();
    client.close();
    return records;
  };

  beforeAll(async () => {
    server = await startServerUnderTest({ demo: false });
    regionId = (await server.api('/api/regions', { method: 'POST', json: { name: 'Egne maler' } })).body.region.id;
  });
  afterAll(() => server.dispose());

  it('saves a canvas board as it is now, images included, and makes boards that are copies of it', async () => {
    const source = await createBoard({ templateId: 'spilleregler-for-samarbeidet' });
    const client = openCanvas(server, source.id);
    await client.connected();
    client.addNote('var-regel', 'Vi svarer på e-post innen to dager');
    const image = await upload(server.admin, `/api/boards/${source.id}/canvas/assets`, tinyPng, 'image/png');
    client.store.put([
      {
        id: 'asset:kart',
        typeName: 'asset',
        type: 'image',
        meta: {},
        props: { name: 'kart.png', src: image.body.asset.src, w: 1, h: 1, mimeType: 'image/png', isAnimated: false, fileSize: tinyPng.length },
      } as never,
    ]);
    await client.acknowledged();
    const sourceShapes = client.shapes().length;
    client.close();

    const jobsBefore = server.services.workers.completedTasks;
    const saved = await server.admin.post(`/api/boards/${source.id}/save-as-template`, {
      title: 'Våre spilleregler',
      description: 'Slik vi ble enige i 2025',
    });
    expect(saved.status).toBe(201);
    // Serialized and previewed in a worker thread, not on the event loop that serves the rooms.
    expect(server.services.workers.completedTasks).toBeGreaterThan(jobsBefore);
    const template = saved.body.template;
    expect(template).toMatchObject({
      title: 'Våre spilleregler',
      description: 'Slik vi ble enige i 2025',
      kind: 'canvas',
      templateId: 'spilleregler-for-samarbeidet',
      regionId,
    });
    expect(template.preview.notes).toBeGreaterThan(10);
    expect(template.preview.areas).toContain('Våre spilleregler');

    const listed = await server.admin.get(`/api/regions/${regionId}/templates`);
    expect(listed.body.templates.map((t: { id: string }) => t.id)).toEqual([template.id]);
    expect(listed.body.templates[0]).not.toHaveProperty('content');
    const preview = await server.admin.get(template.previewPath);
    expect(preview.status).toBe(200);
    expect(preview.headers.get('content-type')).toContain('image/svg+xml');

    // The source board goes for good; the template keeps its content and image.
    await server.admin.post(`/api/boards/${source.id}/archive`);
    expect((await server.admin.delete(`/api/boards/${source.id}`)).status).toBe(204);

    const copy = await createBoard({ regionTemplateId: template.id });
    expect(copy).toMatchObject({ title: 'Våre spilleregler', kind: 'canvas', templateId: 'spilleregler-for-samarbeidet' });
    const records = await shapesOf(copy.id);
    expect(records.filter((r) => r.typeName === 'shape')).toHaveLength(sourceShapes);
    expect(JSON.stringify(records)).toContain('Vi svarer på e-post innen to dager');
    const asset = records.find((r) => r.id === 'asset:kart') as unknown as { props: { src: string } };
    expect(asset.props.src).toMatch(new RegExp(`^/api/boards/${copy.id}/canvas/assets/`));
    const served = await fetch(`${server.url}${asset.props.src}`, { headers: { cookie: server.admin.cookieHeader() } });
    expect(served.status).toBe(200);
    expect(Buffer.from(await served.arrayBuffer())).toEqual(tinyPng);

    // A board made from the template is the region's own; a later change to it leaves the template be.
    const edit = openCanvas(server, copy.id);
    await edit.connected();
    edit.removeShape('var-regel');
    await edit.acknowledged();
    edit.close();
    const second = await createBoard({ regionTemplateId: template.id, title: 'Spilleregler for 2026' });
    expect(second.title).toBe('Spilleregler for 2026');
    expect(JSON.stringify(await shapesOf(second.id))).toContain('Vi svarer på e-post innen to dager');
  });

  it('saves a diagram board and makes a board with the same nodes and edges', async () => {
    const source = await createBoard({ templateId: 'regionens-aktorkart' });
    const before = (await server.admin.get(`/api/boards/${source.id}/diagram/export.json`)).body;
    const jobsBefore = server.services.workers.completedTasks;
    const saved = await server.admin.post(`/api/boards/${source.id}/save-as-template`, { title: 'Aktørkart for Lister' });
    expect(saved.status).toBe(201);
    expect(server.services.workers.completedTasks).toBeGreaterThan(jobsBefore);
    expect(saved.body.template).toMatchObject({ kind: 'diagram', description: '', templateId: 'regionens-aktorkart' });
    expect(saved.body.template.preview.areas).toHaveLength(4);
    const copy = await createBoard({ regionTemplateId: saved.body.template.id });
    expect(copy.kind).toBe('diagram');
    const after = (await server.admin.get(`/api/boards/${copy.id}/diagram/export.json`)).body;
    expect(after.nodes).toEqual(before.nodes);
    expect(after.edges).toEqual(before.edges);

    const mismatch = await server.admin.post(`/api/regions/${regionId}/boards`, { regionTemplateId: saved.body.template.id, kind: 'canvas' });
    expect(mismatch.body.error.code).toBe('template_kind_mismatch');
  });

  it('lets coordinators and members save, everyone in the region see, and only coordinators remove', async () => {
    const member = await createMember(server, regionId, 'medlem');
    const observer = await createMember(server, regionId, 'observator');
    const board = await createBoard({ title: 'Tomt lerret', kind: 'canvas' }, member.client);

    const byMember = await member.client.post(`/api/boards/${board.id}/save-as-template`, { title: 'Medlemmets mal' });
    expect(byMember.status).toBe(201);
    expect(byMember.body.template.createdBy.id).toBe(member.userId);
    expect(byMember.body.template.preview).toMatchObject({ areas: [], notes: 0, items: 0 });
    expect((await observer.client.post(`/api/boards/${board.id}/save-as-template`, { title: 'Nei' })).status).toBe(403);
    expect((await member.client.post(`/api/boards/${board.id}/save-as-template`, { title: ' ' })).status).toBe(400);

    const id = byMember.body.template.id;
    expect((await observer.client.get(`/api/regions/${regionId}/templates`)).body.templates.map((t: { id: string }) => t.id)).toContain(id);
    expect((await observer.client.get(`/api/regions/${regionId}/templates/${id}/preview.svg`)).status).toBe(200);
    expect((await observer.client.delete(`/api/regions/${regionId}/templates/${id}`)).status).toBe(403);
    expect((await member.client.delete(`/api/regions/${regionId}/templates/${id}`)).status).toBe(403);
    expect((await server.admin.delete(`/api/regions/${regionId}/templates/${id}`)).status).toBe(204);
    expect((await server.admin.delete(`/api/regions/${regionId}/templates/${id}`)).status).toBe(404);

    const gone = await member.client.post(`/api/regions/${regionId}/boards`, { regionTemplateId: id });
    expect(gone.status).toBe(400);
    expect(gone.body.error.code).toBe('unknown_template');
  });

  it('keeps each region’s templates to itself', async () => {
    const board = await createBoard({ templateId: 'motemodell' });
    const template = (await server.admin.post(`/api/boards/${board.id}/save-as-template`, { title: 'Møtemodell' })).body.template;
    const other = (await server.api('/api/regions', { method: 'POST', json: { name: 'Annen region' } })).body.region.id;
    const foreign = await server.admin.post(`/api/regions/${other}/boards`, { regionTemplateId: template.id });
    expect(foreign.status).toBe(400);
    expect(foreign.body.error.code).toBe('unknown_template');
    expect((await server.admin.get(`/api/regions/${other}/templates`)).body.templates).toEqual([]);
    expect((await server.admin.get(`/api/regions/${other}/templates/${template.id}/preview.svg`)).status).toBe(404);
    const outsider = await createMember(server, other, 'koordinator');
    expect((await outsider.client.get(`/api/regions/${regionId}/templates`)).status).toBe(404);
    expect((await outsider.client.post(`/api/boards/${board.id}/save-as-template`, { title: 'Stjålet' })).status).toBe(404);
  });
});
