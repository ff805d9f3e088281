import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBoard, createMember } from '../../test/factories';
import { connectDiagram, eventually } from '../../test/diagram-client';
import { startServerUnderTest, type ServerUnderTest } from '../../test/test-server';
import type * as Y from 'yjs';
import { readDiagram } from '../../../shared/diagram/diagram-ydoc';
import { isAtVersion } from '../../../shared/diagram/document-version';

const processDocument = {
  format: 'planrom-diagram',
  version: 1,
  diagramType: 'planprosess',
  variants: [{ id: 'felles', name: 'Felles praksis', isCommon: true }],
  nodes: [
    {
      id: 's1',
      type: 'prosessteg',
      position: { x: 0, y: 0 },
      variantId: 'felles',
      data: { title: 'Planinitiativ', phase: 'forarbeid', lane: 'Forslagsstiller', legalRef: 'pbl § 12-8' },
    },
    {
      id: 's2',
      type: 'avklaringspunkt',
      position: { x: 300, y: 0 },
      variantId: 'felles',
      data: { question: 'Stopp eller gå?', decidedBy: 'Planutvalget', phase: 'oppstart' },
    },
  ],
  edges: [{ id: 'e1', type: 'sekvens', source: 's1', target: 's2', variantId: 'felles' }],
};

describe('diagram import and export', () => {
  let server: ServerUnderTest;
  let regionId: string;
  let boardId: string;
  const exported = async () => (await server.admin.get(`/api/boards/${boardId}/diagram/export.json`)).body;
  const importFile = (body: unknown, caller = server.admin) => caller.post(`/api/boards/${boardId}/diagram/import`, body);

  beforeAll(async () => {
    server = await startServerUnderTest();
    regionId = (await server.admin.get('/api/regions')).body.regions[0].id;
    boardId = await createBoard(server, regionId, 'Planprosess', { kind: 'diagram' });
  });
  afterAll(() => server.dispose());

  it('imports its own JSON format, shows it to connected clients, and exports it again', async () => {
    const watcher = await connectDiagram(server.url, boardId, server.admin);
    const response = await importFile({ format: 'json', document: processDocument });
    expect(response.status).toBe(200);
    expect(response.body.imported).toEqual({ nodes: 2, edges: 1, variants: 1 });
    await eventually(() => expect(readDiagram(watcher.doc).nodes).toHaveLength(2));
    watcher.provider.destroy();
    const file = await server.admin.get(`/api/boards/${boardId}/diagram/export.json`);
    expect(file.headers.get('content-disposition')).toContain('Planprosess.planrom.json');
    const { title, exportedAt, ...rest } = file.body;
    expect(title).toBe('Planprosess');
    expect(typeof exportedAt).toBe('string');
    expect(rest.nodes[0]).toMatchObject(processDocument.nodes[0]!);
    expect(rest.edges[0]).toMatchObject(processDocument.edges[0]!);
    // Re-importable: the export goes straight back in.
    expect((await importFile({ format: 'json', document: file.body })).status).toBe(200);
  });

  it('refuses a bad JSON file with a message per problem and changes nothing', async () => {
    const before = await exported();
    const broken = structuredClone(processDocument) as Record<string, any>;
    broken.nodes[0].data.phase = 'sommerferie';
    broken.nodes[1].data.question = '';
    broken.edges.push({ id: 'e2', type: 'sekvens', source: 's1', target: 'borte' });
    const response = await importFile({ format: 'json', document: broken });
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('diagram_import_invalid');
    expect(response.body.error.fields.map((f: { path: string }) => f.path)).toEqual(
      expect.arrayContaining(['nodes.0.data.phase', 'nodes.1.data.question', 'edges.1.target']),
    );
    expect((await importFile({ format: 'json', document: 'not a diagram' })).status).toBe(400);
    expect((await importFile({ format: 'json', document: { ...processDocument, version: 2 } })).status).toBe(400);
    expect(await stripTime(await exported())).toEqual(await stripTime(before));
  });

  it('imports actor CSV: adds, updates by id, and places new actors with their category', async () => {
    const actorBoard = await createBoard(server, regionId, 'Aktører', { kind: 'diagram' });
    const csv = 'navn;kategori;interesse;påvirkning;faser\nStatsforvalteren;statlig;4;5;høring\nNVE;Statlig;2;4;\nNaboer;eksternt;5;2;oppstart, horing\n';
    const first = await server.admin.post(`/api/boards/${actorBoard}/diagram/import`, { format: 'csv', text: csv });
    expect(first.status).toBe(200);
    expect(first.body.imported).toEqual({ added: 3, updated: 0 });
    const csvExport = await server.admin.get(`/api/boards/${actorBoard}/diagram/export.csv`);
    expect(csvExport.headers.get('content-type')).toContain('text/csv');
    const lines = String(csvExport.body)
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('id;navn;kategori;rolle;interesse;påvirkning;faser;kontakt;notat');
    expect(lines).toHaveLength(4);
    // Names a planner reads in a spreadsheet, in the region's language, not the stored ids.
    expect(lines.find((line) => line.includes(';Statsforvalteren;'))).toMatch(/;Statsforvalteren;Statlig;;4;5;Høring og offentlig ettersyn;;$/);
    const nveId = lines.find((line) => line.includes(';NVE;'))!.split(';')[0];
    const second = await server.admin.post(`/api/boards/${actorBoard}/diagram/import`, {
      format: 'csv',
      text: `id,navn,kategori,rolle\n${nveId},NVE,statlig,Vassdrag og skred\n,Kystverket,statlig,\n`,
    });
    expect(second.body.imported).toEqual({ added: 1, updated: 1 });
    const { nodes } = (await server.admin.get(`/api/boards/${actorBoard}/diagram/export.json`)).body;
    expect(nodes).toHaveLength(4);
    const nve = nodes.find((n: { id: string }) => n.id === nveId);
    expect(nve.data).toMatchObject({ role: 'Vassdrag og skred', interest: 3 });
    const statlige = nodes.filter((n: { data: { category: string } }) => n.data.category === 'statlig');
    expect(new Set(statlige.map((n: { position: { x: number } }) => n.position.x)).size).toBe(1);
  });

  it('refuses a bad actor CSV with a message per row and changes nothing', async () => {
    const before = await exported();
    const response = await importFile({ format: 'csv', text: 'navn;kategori;interesse\nGod rad;statlig;3\n;regionalt;2\nMedia;pressen;9\n' });
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('diagram_import_invalid');
    expect(response.body.error.fields).toEqual([
      { path: 'linje 3.navn', message: 'Linje 3: «navn» må fylles ut.' },
      { path: 'linje 4.kategori', message: 'Linje 4: «pressen» er ikke en kategori. Bruk internt, regionalt, statlig eller eksternt.' },
      { path: 'linje 4.interesse', message: 'Linje 4: «interesse» må være et helt tall fra 1 til 5, ikke «9».' },
    ]);
    const taken = await importFile({ format: 'csv', text: 'id;navn;kategori\ns1;Overtar steget;statlig\n' });
    expect(taken.status).toBe(400);
    expect(taken.body.error.fields[0].path).toBe('linje 2.id');
    expect((await importFile({ format: 'csv', text: '' })).status).toBe(400);
    expect(await stripTime(await exported())).toEqual(await stripTime(before));
  });

  it('gives a board page the content as it is now, to anyone who may read the board', async () => {
    expect((await importFile({ format: 'json', document: processDocument })).status).toBe(200);
    const content = await server.admin.get(`/api/boards/${boardId}/diagram/content`);
    expect(content.status).toBe(200);
    expect(content.headers.get('cache-control')).toBe('private, no-store');
    const { liveVersion, ...document } = content.body;
    expect(document).toEqual(await stripTitle(await exported()));
    // A change made on the board's socket is in the next answer (the server keeps one read per version).
    const writer = await connectDiagram(server.url, boardId, server.admin);
    const watcher = await connectDiagram(server.url, boardId, server.admin);
    // The live document a page then gets is at the answer's version: what it drew needs no second read.
    expect(isAtVersion(watcher.doc, liveVersion)).toBe(true);
    (writer.doc.getMap('nodes').get('s1') as Y.Map<Y.Map<unknown>>).get('data')!.set('title', 'Planinitiativ mottatt');
    // Relayed to others only once the server has it.
    await eventually(() => expect(readDiagram(watcher.doc).nodes.find((node) => node.id === 's1')?.data).toMatchObject({ title: 'Planinitiativ mottatt' }));
    watcher.provider.destroy();
    const changed = await server.admin.get(`/api/boards/${boardId}/diagram/content`);
    expect(changed.body.nodes.find((node: { id: string }) => node.id === 's1').data.title).toBe('Planinitiativ mottatt');
    expect(isAtVersion(watcher.doc, liveVersion)).toBe(false);
    expect(isAtVersion(watcher.doc, changed.body.liveVersion)).toBe(true);
    writer.provider.destroy();
    const observer = await createMember(server, regionId, 'observator');
    expect((await observer.client.get(`/api/boards/${boardId}/diagram/content`)).status).toBe(200);
    expect((await server.client().get(`/api/boards/${boardId}/diagram/content`)).status).toBe(401);
    const canvas = await createBoard(server, regionId, 'Lerret for innhold');
    const wrongKind = await server.admin.get(`/api/boards/${canvas}/diagram/content`);
    expect(wrongKind.status).toBe(409);
    expect(wrongKind.body.error.code).toBe('board_kind_mismatch');
  });

  it('lets only writers import, and only into diagram boards', async () => {
    const observer = await createMember(server, regionId, 'observator');
    expect((await importFile({ format: 'json', document: processDocument }, observer.client)).status).toBe(403);
    expect((await observer.client.get(`/api/boards/${boardId}/diagram/export.json`)).status).toBe(200);
    const canvas = await createBoard(server, regionId, 'Lerret');
    const wrongKind = await server.admin.post(`/api/boards/${canvas}/diagram/import`, { format: 'json', document: processDocument });
    expect(wrongKind.status).toBe(409);
    expect(wrongKind.body.error.code).toBe('board_kind_mismatch');
  });
});

async function stripTitle(document: Record<string, unknown>) {
  const { title: _title, exportedAt: _exportedAt, ...rest } = document;
  return rest;
}

async function stripTime(document: Record<string, unknown>) {
  const { exportedAt: _ignored, ...rest } = document;
  return rest;
}
