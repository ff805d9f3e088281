import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CanvasTestClient } from '../../test/canvas-client';
import { plainText } from '../../test/canvas-client';
import { canvasFixture, openCanvas, tinyPng, upload } from '../../test/canvas-helpers';
import { createBoard, createMember } from '../../test/factories';
import { startServerUnderTest, type ServerUnderTest } from '../../test/test-server';

type Shape = ReturnType<CanvasTestClient['shapes']>[number];
const byText = (shapes: Shape[], text: string) => shapes.find((s) => plainText(s).includes(text));

describe('canvas import and export (.tldr)', () => {
  let server: ServerUnderTest;
  let regionId: string;
  const clients: CanvasTestClient[] = [];
  const open = (boardId: string) => {
    const client = openCanvas(server, boardId);
    clients.push(client);
    return client;
  };
  const records = (client: CanvasTestClient, typeName: string) =>
    client.store.allRecords().filter((r) => r.typeName === typeName) as unknown as Array<Record<string, any>>;

  beforeAll(async () => {
    server = await startServerUnderTest({ env: { CANVAS_ROOM_IDLE_SECONDS: '0.2' } });
    regionId = (await server.admin.get('/api/regions')).body.regions[0].id;
  });
  afterAll(async () => {
    for (const client of clients) client.close();
    await server.dispose();
  });

  it('imports a tldraw 2.4 file into a new board: 5 shapes, texts as rich text, arrow bound at both ends', async () => {
    const made = await upload(
      server.admin,
      `/api/regions/${regionId}/canvas-import?name=Spilleregler.tldr`,
      canvasFixture('tldraw-2.4.tldr'),
      'application/vnd.tldraw+json',
    );
    expect(made.status).toBe(201);
    expect(made.body.board).toMatchObject({ title: 'Spilleregler', kind: 'canvas' });
    const client = open(made.body.board.id);
    await client.connected();
    await client.waitFor(() => client.shapes().length === 5);
    const shapes = client.shapes();
    expect(shapes.map((s) => s.type).sort()).toEqual(['arrow', 'frame', 'geo', 'note', 'note']);
    expect(plainText(byText(shapes, 'saksdokumenter'))).toBe('Vi deler saksdokumenter\nen uke før møtet');
    expect(plainText(byText(shapes, 'Kvinesdal'))).toBe('Vedtatte regler – Kvinesdal & Sirdal');
    const arrow = shapes.find((s) => s.type === 'arrow')!;
    expect(plainText(arrow)).toBe('blir til');
    const bindings = records(client, 'binding');
    expect(bindings.map((b) => [b.fromId, b.props.terminal, b.toId]).sort()).toEqual([
      [arrow.id, 'end', 'shape:form1'],
      [arrow.id, 'start', 'shape:lapp1'],
    ]);
  });

  it('imports a tldraw 3.15 file into an existing board: 6 shapes, arrow label, bindings; the old content stays in history', async () => {
    const boardId = await createBoard(server, regionId, 'Aktørkart');
    const client = open(boardId);
    await client.connected();
    client.addNote('gammel', 'Før importen');
    await client.acknowledged();

    const imported = await upload(
      server.admin,
      `/api/boards/${boardId}/canvas/import?name=akt%C3%B8rer.tldr`,
      canvasFixture('tldraw-3.15.tldr'),
      'application/vnd.tldraw+json',
    );
    expect(imported.status).toBe(200);
    expect(imported.body.shapeCount).toBe(6);
    // Connected clients get the new content at once.
    await client.waitFor(() => client.shapes().length === 6 && !client.shape('gammel'), 5000, 'imported content');
    const arrow = client.shapes().find((s) => s.type === 'arrow')!;
    expect(plainText(arrow)).toBe('informerer');
    const bindings = records(client, 'binding');
    expect(bindings).toHaveLength(2);
    expect(bindings.every((b) => b.fromId === arrow.id)).toBe(true);
    expect(client.notices).toContainEqual({ type: 'planrom/replaced', by: 'Ada Administrator', what: 'import' });

    const history = (await server.admin.get(`/api/boards/${boardId}/canvas/versions`)).body.versions;
    expect(history.map((v: { kind: string }) => v.kind)).toEqual(['imported', 'before-import']);
    expect(history[0].name).toBe('aktører.tldr');
    expect(history[1].shapeCount).toBe(1);
  });

  it('refuses invalid files with a clear message and leaves the board unchanged', async () => {
    const boardId = await createBoard(server, regionId);
    const client = open(boardId);
    await client.connected();
    client.addNote('blir', 'Skal bli');
    await client.acknowledged();
    const fixture = JSON.parse(canvasFixture('tldraw-3.15.tldr'));
    const broken = { ...fixture, records: fixture.records.map((r: any) => (r.type === 'note' ? { ...r, props: { ...r.props, color: 'rosa' } } : r)) };
    const cases: Array<[string, string, string]> = [
      ['ikke json', 'invalid_file', 'ikke JSON'],
      [JSON.stringify({ hello: 'world' }), 'invalid_file', 'ikke en tldraw-fil'],
      [JSON.stringify({ ...fixture, tldrawFileFormatVersion: 9 }), 'file_too_new', 'nyere tldraw'],
      [
        JSON.stringify({ ...fixture, schema: { schemaVersion: 2, sequences: { ...fixture.schema.sequences, 'com.tldraw.shape.note': 99 } } }),
        'file_too_new',
        'nyere tldraw',
      ],
      [JSON.stringify(broken), 'invalid_file', 'ikke er gyldig'],
      [JSON.stringify({ document: { version: 15 } }), 'file_too_old', 'tldraw 1'],
    ];
    for (const [body, code, message] of cases) {
      const answer = await upload(server.admin, `/api/boards/${boardId}/canvas/import`, body, 'application/vnd.tldraw+json');
      expect(answer.status, message).toBe(400);
      expect(answer.body.error.code).toBe(code);
      expect(answer.body.error.message).toContain(message);
    }
    const before = (await server.admin.get(`/api/regions/${regionId}/boards`)).body.boards.length;
    const refused = await upload(server.admin, `/api/regions/${regionId}/canvas-import`, '{}', 'application/vnd.tldraw+json');
    expect(refused.status).toBe(400);
    expect((await server.admin.get(`/api/regions/${regionId}/boards`)).body.boards.length).toBe(before);
    expect(client.shapes().map((s) => s.id)).toEqual(['shape:blir']);
    expect((await server.admin.get(`/api/boards/${boardId}/canvas/versions`)).body.versions).toEqual([]);
  });

  it('exports a board as .tldr with its images inside, and the file re-imports to the same shapes', async () => {
    const boardId = await createBoard(server, regionId, 'Eksport – Lindesnes');
    const client = open(boardId);
    await client.connected();
    client.addNote('a', 'Én');
    client.addNote('b', 'To');
    const image = await upload(server.admin, `/api/boards/${boardId}/canvas/assets`, tinyPng, 'image/png');
    client.store.put([
      {
        id: 'asset:bilde',
        typeName: 'asset',
        type: 'image',
        meta: {},
        props: { name: 'kart.png', src: image.body.asset.src, w: 1, h: 1, mimeType: 'image/png', isAnimated: false, fileSize: tinyPng.length },
      } as never,
    ]);
    await client.acknowledged();

    const exported = await server.admin.get(`/api/boards/${boardId}/canvas/export.tldr`);
    expect(exported.status).toBe(200);
    expect(exported.headers.get('content-disposition')).toContain("filename*=UTF-8''Eksport%20%E2%80%93%20Lindesnes.tldr");
    const file = exported.body;
    expect(file.tldrawFileFormatVersion).toBe(1);
    const asset = file.records.find((r: any) => r.id === 'asset:bilde');
    expect(asset.props.src).toBe(`data:image/png;base64,${tinyPng.toString('base64')}`);

    const again = await upload(server.admin, `/api/regions/${regionId}/canvas-import?name=kopi.tldr`, JSON.stringify(file), 'application/vnd.tldraw+json');
    expect(again.status).toBe(201);
    const copy = open(again.body.board.id);
    await copy.connected();
    await copy.waitFor(() => copy.shapes().length === 2);
    const strip = (shapes: Shape[]) =>
      shapes.map(({ id, type, x, y, props }) => ({ id, type, x, y, text: plainText({ props }) })).sort((p, q) => p.id.localeCompare(q.id));
    expect(strip(copy.shapes())).toEqual(strip(client.shapes()));
    // The image came back as an asset of the new board, not as a data URL.
    const copiedAsset = copy.store.get('asset:bilde' as never) as unknown as { props: { src: string } };
    expect(copiedAsset.props.src).toMatch(new RegExp(`^/api/boards/${again.body.board.id}/canvas/assets/`));
    const served = await fetch(`${server.url}${copiedAsset.props.src}`, { headers: { cookie: server.admin.cookieHeader() } });
    expect(Buffer.from(await served.arrayBuffer())).toEqual(tinyPng);
  });

  it('lets observers export but not import', async () => {
    const boardId = await createBoard(server, regionId);
    const observer = await createMember(server, regionId, 'observator');
    expect((await observer.client.get(`/api/boards/${boardId}/canvas/export.tldr`)).status).toBe(200);
    const refused = await upload(observer.client, `/api/boards/${boardId}/canvas/import`, canvasFixture('tldraw-3.15.tldr'), 'application/vnd.tldraw+json');
    expect(refused.status).toBe(403);
  });
});
