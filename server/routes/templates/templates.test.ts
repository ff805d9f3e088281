import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { templateIds } from '../../../shared/templates/index';
import { buildTemplate, getTemplate } from '../../../shared/templates/build-template';
import { listerMunicipalities } from '../../commands/seed-demo-region';
import { countShapes } from '../../sync/canvas/canvas-state';
import { loadCanvasState } from '../../sync/canvas/load-canvas-state';
import { openCanvas } from '../../test/canvas-helpers';
import { startServerUnderTest, type ServerUnderTest } from '../../test/test-server';

const lister = listerMunicipalities.map((m) => m.name);

/** What a board made from the template holds, built here the same way for comparison. */
function expected(templateId: string, variant: string, language: 'nb' | 'nn', municipalities: Array<{ id: string; name: string }>) {
  const built = buildTemplate(templateId, { language, municipalities, variant });
  if (built.kind === 'canvas') {
    const records = Object.values(built.snapshot.store);
    return { kind: 'canvas' as const, title: built.title, shapes: records.filter((r) => r.typeName === 'shape').length, records: records.length };
  }
  return {
    kind: 'diagram' as const,
    title: built.title,
    nodes: built.document.nodes.length,
    edges: built.document.edges.length,
    variants: built.document.variants.length,
  };
}

describe('boards made from templates', () => {
  let server: ServerUnderTest;
  let regionId: string;
  let members: Array<{ id: string; name: string }>;
  const create = (json: Record<string, unknown>) => server.api(`/api/regions/${regionId}/boards`, { method: 'POST', json });

  beforeAll(async () => {
    server = await startServerUnderTest({ demo: false });
    regionId = (await server.api('/api/regions', { method: 'POST', json: { name: 'Lister', language: 'nn' } })).body.region.id;
    for (const m of listerMunicipalities) {
      await server.api(`/api/regions/${regionId}/municipalities`, { method: 'POST', json: m });
    }
    // The order the region lists them in (by kommunenummer), which is the order of their spaces.
    members = (await server.api(`/api/regions/${regionId}`)).body.region.municipalities.map((m: { id: string; name: string }) => ({ id: m.id, name: m.name }));
  });
  afterAll(() => server.dispose());

  const cases = templateIds.flatMap((id) => getTemplate(id).variants.map((variant) => [id, variant.id] as const));

  it.each(cases)('%s (%s) gives a board with the worksheet in the region’s language and members', async (templateId, variant) => {
    const want = expected(templateId, variant, 'nn', members);
    const created = await create({ templateId, variant });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const board = created.body.board;
    expect(board).toMatchObject({ kind: want.kind, templateId, title: want.title });

    if (want.kind === 'canvas') {
      // Stored as the board's first state, before anyone opened it…
      const stored = await loadCanvasState(server.services.db, board.id);
      expect(stored?.snapshot.documents).toHaveLength(want.records);
      expect(countShapes(stored!.snapshot)).toBe(want.shapes);
      // …and what a client receives when it opens the board's room.
      const client = openCanvas(server, board.id);
      await client.connected();
      const shapes = client.store.allRecords().filter((record) => record.typeName === 'shape');
      expect(shapes).toHaveLength(want.shapes);
      const frameNames = shapes.filter((s) => s.type === 'frame').map((s) => (s.props as { name: string }).name);
      if (templateId === 'vart-formal') expect(frameNames).toEqual(expect.arrayContaining(lister));
      client.close();
    } else {
      const exported = await server.api(`/api/boards/${board.id}/diagram/export.json`);
      expect(exported.status).toBe(200);
      expect(exported.body.nodes).toHaveLength(want.nodes);
      expect(exported.body.edges).toHaveLength(want.edges);
      expect(exported.body.variants).toHaveLength(want.variants);
    }
  });

  it('writes the board in the region’s language', async () => {
    const nynorsk = (await create({ templateId: 'spilleregler-for-samarbeidet' })).body.board;
    // The region already has one from the test above, so this one is numbered.
    expect(nynorsk.title).toBe(`${getTemplate('spilleregler-for-samarbeidet').texts.nn.title} 2`);
    await server.api(`/api/regions/${regionId}`, { method: 'PATCH', json: { language: 'nb' } });
    const bokmal = (await create({ templateId: 'spilleregler-for-samarbeidet' })).body.board;
    expect(bokmal.title).toBe(getTemplate('spilleregler-for-samarbeidet').texts.nb.title);
    const [nn, nb] = await Promise.all([nynorsk, bokmal].map((b) => loadCanvasState(server.services.db, b.id)));
    const texts = (snapshot: typeof nn) => JSON.stringify(snapshot!.snapshot.documents.filter((d) => d.state.typeName === 'shape').map((d) => d.state));
    expect(texts(nn)).not.toBe(texts(nb));
    expect(texts(nn)).toContain('kvarandre');
    await server.api(`/api/regions/${regionId}`, { method: 'PATCH', json: { language: 'nn' } });
  });

  it('numbers the title when the region already has a board by that name, and leaves other regions alone', async () => {
    const title = getTemplate('vart-formal').texts.nn.title;
    const titles = async () => (await server.api(`/api/regions/${regionId}/boards`)).body.boards.map((board: { title: string }) => board.title);
    const before = (await titles()).filter((existing: string) => existing === title || existing.startsWith(`${title} `)).length;
    const first = (await create({ templateId: 'vart-formal' })).body.board;
    const second = (await create({ templateId: 'vart-formal' })).body.board;
    expect(first.title).toBe(before === 0 ? title : `${title} ${before + 1}`);
    expect(second.title).toBe(`${title} ${before + 2}`);
    expect(new Set(await titles()).size).toBe((await titles()).length);
    const other = (await server.api('/api/regions', { method: 'POST', json: { name: 'Annan region' } })).body.region.id;
    const elsewhere = await server.api(`/api/regions/${other}/boards`, { method: 'POST', json: { templateId: 'vart-formal' } });
    expect(elsewhere.body.board.title).toBe(getTemplate('vart-formal').texts.nb.title);
  });

  it('keeps a title given with the template, and refuses a kind the template does not make', async () => {
    const titled = await create({ templateId: 'motemodell', title: 'Møteplan for 2026', kind: 'canvas' });
    expect(titled.status).toBe(201);
    expect(titled.body.board.title).toBe('Møteplan for 2026');

    const mismatch = await create({ templateId: 'regionens-aktorkart', kind: 'canvas' });
    expect(mismatch.status).toBe(400);
    expect(mismatch.body.error.code).toBe('template_kind_mismatch');
  });

  it('refuses an unknown template or variant with a clear message, and makes no board', async () => {
    const before = (await server.api(`/api/regions/${regionId}/boards`)).body.boards.length;
    const unknown = await create({ templateId: 'vart-formaal' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error).toMatchObject({ code: 'unknown_template', message: 'Det finnes ingen mal med id-en «vart-formaal».' });
    expect(unknown.body.error.fields[0].path).toBe('templateId');

    const variant = await create({ templateId: 'en-felles-planprosess', variant: 'kommuneplan' });
    expect(variant.status).toBe(400);
    expect(variant.body.error.fields[0].path).toBe('variant');

    const noTitle = await create({ kind: 'canvas' });
    expect(noTitle.status).toBe(400);
    expect(noTitle.body.error.fields.map((f: { path: string }) => f.path)).toEqual(['title']);

    expect((await server.api(`/api/regions/${regionId}/boards`)).body.boards).toHaveLength(before);
  });

  it('lists the templates for the gallery, with previews drawn from the templates', async () => {
    const list = await server.api('/api/templates');
    expect(list.status).toBe(200);
    expect(list.body.templates.map((t: { id: string }) => t.id)).toEqual([...templateIds]);
    const planprosess = list.body.templates.find((t: { id: string }) => t.id === 'en-felles-planprosess');
    expect(planprosess.variants.map((v: { id: string }) => v.id)).toEqual(['detaljregulering', 'arealdel']);
    expect(planprosess.texts.nn.title).toBe(getTemplate('en-felles-planprosess').texts.nn.title);
    expect(list.body.templates[0].texts.nb).not.toHaveProperty('facilitatorGuide');

    const vartFormal = list.body.templates[0];
    expect(vartFormal.variants[0].preview.nb.areas).toContain('Hvorfor samarbeider vi?');
    const image = await server.api(vartFormal.variants[0].previewPath.nb);
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toContain('image/svg+xml');
    expect(String(image.body)).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    // The first field's name, cut to the width its frame has in the picture.
    expect(String(image.body)).toContain('>Hvorfor samarbe…</text>');
    expect(String(image.body)).not.toContain('<script');

    const detail = await server.api('/api/templates/konfliktkompasset');
    expect(detail.body.template.facilitatorGuide.nn).toBe(getTemplate('konfliktkompasset').texts.nn.facilitatorGuide);
    expect((await server.api('/api/templates/ukjent')).status).toBe(404);
    expect((await server.api('/api/templates/vart-formal/preview.svg?variant=ukjent')).status).toBe(404);
    expect((await server.client().get('/api/templates')).status).toBe(401);
  });
});
