import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canvasLimits } from '../../shared/canvas-limits';
import { diagramLimits } from '../../shared/diagram/vocabulary';
import { dumpDatabase } from '../test/dump-database';
import { createBoard } from '../test/factories';
import { startServerUnderTest, type ServerUnderTest } from '../test/test-server';

const fixture = readFileSync(new URL('../sync/canvas/fixtures/tldraw-3.15.tldr', import.meta.url), 'utf8');
const valid = JSON.parse(fixture) as { tldrawFileFormatVersion: number; schema: object; records: Array<Record<string, unknown>> };
const page = valid.records.find((r) => r.typeName === 'page')!;
const shape = valid.records.find((r) => r.typeName === 'shape' && r.parentId === page.id)!;

const deepObject = (depth: number): unknown => {
  let value: unknown = {};
  for (let i = 0; i < depth; i += 1) value = { a: value };
  return value;
};
const deepText = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
const withRecords = (records: Array<Record<string, unknown>>) => JSON.stringify({ ...valid, records });
const oddText = '\u202e\u0000\ud800 \uFEFF👩🏽‍🌾 e\u0301 \u2028';

/** .tldr files nobody should upload: wrong types, missing and extra fields, garbage, size, depth, broken references. */
const hostileTldr: Array<{ label: string; body: string | Uint8Array<ArrayBuffer> }> = [
  { label: 'empty', body: '' },
  { label: 'binary garbage', body: new Uint8Array(randomBytes(64 * 1024)) },
  { label: 'truncated', body: fixture.slice(0, Math.floor(fixture.length / 2)) },
  { label: 'not an object', body: '[1,2,3]' },
  { label: 'null', body: 'null' },
  { label: 'wrong types', body: JSON.stringify({ tldrawFileFormatVersion: '1', schema: 5, records: 'alle' }) },
  { label: 'missing records', body: JSON.stringify({ tldrawFileFormatVersion: 1, schema: valid.schema }) },
  { label: 'missing schema', body: JSON.stringify({ tldrawFileFormatVersion: 1, records: valid.records }) },
  { label: 'no pages', body: withRecords(valid.records.filter((r) => r.typeName !== 'page')) },
  { label: 'tldraw 1 file', body: JSON.stringify({ document: { pages: {} } }) },
  { label: 'a newer file format', body: JSON.stringify({ ...valid, tldrawFileFormatVersion: 99 }) },
  { label: 'a schema from the future', body: JSON.stringify({ ...valid, schema: { schemaVersion: 2, sequences: { 'com.tldraw.shape': 999 } } }) },
  { label: 'records of the wrong shape', body: withRecords([page, { ...shape, x: 'left', props: 'none' }]) },
  { label: 'extra fields in a record', body: withRecords([page, { ...shape, evil: true }]) },
  { label: 'records without ids', body: withRecords([page, { typeName: 'shape' }, 42, null] as never) },
  { label: 'deep nesting', body: deepText(200_000) },
  {
    label: 'deep nesting in a record',
    body: withRecords([page, { ...shape, meta: { deep: 'DEEP' } }]).replace('"DEEP"', `${'{"a":'.repeat(20_000)}{}${'}'.repeat(20_000)}`),
  },
  { label: 'a shape on a page that does not exist', body: withRecords([page, { ...shape, parentId: 'page:finnes-ikke' }]) },
  { label: 'a shape inside a shape that does not exist', body: withRecords([page, { ...shape, parentId: 'shape:finnes-ikke' }]) },
  {
    label: 'a binding to shapes that do not exist',
    body: withRecords([
      page,
      shape,
      {
        id: 'binding:brutt',
        typeName: 'binding',
        type: 'arrow',
        fromId: 'shape:borte',
        toId: shape.id,
        meta: {},
        props: { terminal: 'end', normalizedAnchor: { x: 0.5, y: 0.5 }, isExact: false, isPrecise: false },
      },
    ]),
  },
  {
    label: 'an image whose asset does not exist',
    body: withRecords([
      page,
      {
        ...shape,
        id: 'shape:bilde',
        type: 'image',
        props: { w: 100, h: 100, assetId: 'asset:borte', playing: true, url: '', crop: null, flipX: false, flipY: false, altText: '' },
      },
    ]),
  },
  { label: 'the same id twice', body: withRecords([page, shape, { ...shape, x: 999 }]) },
];

/** Diagram files (JSON format, inside the import request) and actor CSV texts nobody should send. */
const hostileDiagramBodies: Array<{ label: string; body: unknown }> = [
  { label: 'json: a string', body: { format: 'json', document: 'diagram' } },
  { label: 'json: null', body: { format: 'json', document: null } },
  { label: 'json: wrong types', body: { format: 'json', document: { format: 7, version: 'én', nodes: 'alle', edges: {}, variants: 1 } } },
  { label: 'json: missing fields', body: { format: 'json', document: { nodes: [] } } },
  { label: 'json: extra request fields', body: { format: 'json', document: {}, boardId: 'annen', admin: true } },
  { label: 'json: unknown format', body: { format: 'xml', document: '<diagram/>' } },
  { label: 'json: deep nesting', body: { format: 'json', document: deepObject(2_000) } },
  {
    label: 'json: edge to a node that does not exist',
    body: {
      format: 'json',
      document: {
        format: 'planrom-diagram',
        version: 1,
        diagramType: 'aktorkart',
        nodes: [{ id: 'a', type: 'fritekst', position: { x: 0, y: 0 }, data: { text: 'A' } }],
        edges: [{ id: 'e', type: 'relasjon', source: 'a', target: 'borte', data: { relation: 'samarbeid' } }],
        variants: [],
      },
    },
  },
  {
    label: 'json: odd unicode ids and a parent that is not a group',
    body: {
      format: 'json',
      document: {
        format: 'planrom-diagram',
        version: 1,
        diagramType: 'aktorkart',
        nodes: [{ id: oddText, type: 'fritekst', position: { x: 0, y: 0 }, parentId: '../..', data: { text: oddText } }],
        edges: [],
        variants: [],
      },
    },
  },
  { label: 'csv: binary garbage', body: { format: 'csv', text: randomBytes(4096).toString('latin1') } },
  { label: 'csv: empty', body: { format: 'csv', text: '' } },
  { label: 'csv: header only, wrong columns', body: { format: 'csv', text: 'hva;hvem;hvorfor\n' } },
  { label: 'csv: truncated quote', body: { format: 'csv', text: 'navn;kategori\n"Kommunen;offentlig' } },
  { label: 'csv: odd unicode and a formula', body: { format: 'csv', text: `navn;kategori\n=cmd|' /C calc'!A0;${oddText}\n` } },
  { label: 'csv: wrong type', body: { format: 'csv', text: ['navn'] } },
  { label: 'csv: over the size limit', body: { format: 'csv', text: `navn\n${'x'.repeat(diagramLimits.importBytes + 10)}` } },
];

/**
 * Hostile files on every import route: a .tldr onto a board and as a new board, a diagram JSON file
 * and an actor CSV. Never a 5xx or a crash; always a clear 4xx `{error:{code,message}}`; and the
 * database is exactly as before (a full dump of every table is compared).
 */
describe('hostile files on the import routes', () => {
  let server: ServerUnderTest;
  let regionId: string;
  let canvasBoardId: string;
  let diagramBoardId: string;

  beforeAll(async () => {
    server = await startServerUnderTest();
    regionId = (await server.admin.get('/api/regions')).body.regions[0].id;
    canvasBoardId = await createBoard(server, regionId, 'Mål for import', { kind: 'canvas' });
    diagramBoardId = await createBoard(server, regionId, 'Mål for import', { kind: 'diagram' });
  });
  afterAll(() => server.dispose());

  const dump = () => dumpDatabase(server.database.client, ['sessions']);

  async function expectRefusedWithoutChange(label: string, send: () => Promise<{ status: number; body: any }>) {
    const before = await dump();
    const answer = await send();
    expect(answer.status, `${label}: ${JSON.stringify(answer.body).slice(0, 200)}`).toBeGreaterThanOrEqual(400);
    expect(answer.status, label).toBeLessThan(500);
    expect(answer.body?.error?.code, label).toMatch(/^[a-z_]+$/);
    expect(typeof answer.body?.error?.message, label).toBe('string');
    expect(await dump(), label).toEqual(before);
  }

  const upload = (path: string, body: string | Uint8Array<ArrayBuffer>) =>
    server.admin.request(path, { method: 'POST', body, headers: { 'content-type': 'application/vnd.tldraw+json' } });

  it('refuses every hostile .tldr file onto a board and as a new board, changing nothing', async () => {
    for (const { label, body } of hostileTldr) {
      await expectRefusedWithoutChange(`board import: ${label}`, () => upload(`/api/boards/${canvasBoardId}/canvas/import?name=fil.tldr`, body));
      await expectRefusedWithoutChange(`new board: ${label}`, () => upload(`/api/regions/${regionId}/canvas-import?name=fil.tldr`, body));
    }
    const huge = `{"tldrawFileFormatVersion":1,"records":[${'"x",'.repeat(canvasLimits.maxImportBytes / 4)}"x"]}`;
    await expectRefusedWithoutChange('huge file', () => upload(`/api/boards/${canvasBoardId}/canvas/import`, huge));
    await expectRefusedWithoutChange('odd name', () => upload(`/api/regions/${regionId}/canvas-import?name=${encodeURIComponent('x'.repeat(5000))}`, fixture));
    expect((await server.api('/api/health')).status).toBe(200);
  }, 120_000);

  it('refuses every hostile diagram file and actor CSV, changing nothing', async () => {
    for (const { label, body } of hostileDiagramBodies) {
      await expectRefusedWithoutChange(label, () => server.admin.request(`/api/boards/${diagramBoardId}/diagram/import`, { method: 'POST', json: body }));
    }
    // Sent to a canvas board, or to a board that does not exist: refused the same way.
    const json = { format: 'json', document: { nodes: [], edges: [], variants: [] } };
    await expectRefusedWithoutChange('to a canvas board', () => server.admin.request(`/api/boards/${canvasBoardId}/diagram/import`, { method: 'POST', json }));
    await expectRefusedWithoutChange('to a board id that is a path', () =>
      server.admin.request(`/api/boards/..%2F${diagramBoardId}/diagram/import`, { method: 'POST', json }),
    );
    expect((await server.api('/api/health')).status).toBe(200);
  }, 60_000);

  it('still imports a good file afterwards', async () => {
    const answer = await upload(`/api/boards/${canvasBoardId}/canvas/import?name=god.tldr`, fixture);
    expect(answer.status).toBe(200);
  });
});
