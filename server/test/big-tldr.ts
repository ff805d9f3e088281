import { canvasFixture } from './canvas-helpers';

/**
 * A large .tldr file: the tldraw 3.15 fixture with `shapes` more rectangles on its page, each
 * padded (in `meta`, which tldraw keeps as any JSON) so the whole file is about `bytes` long.
 * 93,000 shapes in 38 MB is the file that once held the server still for 11 s.
 */
export function bigTldrFile({ shapes, bytes }: { shapes: number; bytes: number }): string {
  const file = JSON.parse(canvasFixture('tldraw-3.15.tldr')) as { records: Array<Record<string, unknown>> };
  const geo = file.records.find((record) => record.typeName === 'shape' && record.type === 'geo')!;
  const base = { ...geo, props: { ...(geo.props as object), richText: { type: 'doc', content: [] } } };
  const records = file.records.filter((record) => record.typeName !== 'shape' && record.typeName !== 'binding');
  const plain = JSON.stringify({ ...base, id: 'shape:big0000000', parentId: 'page:page', index: 'a1', meta: { pad: '' } });
  const pad = 'x'.repeat(Math.max(0, Math.floor((bytes - JSON.stringify(file).length) / shapes) - plain.length - 1));
  for (let i = 0; i < shapes; i++) {
    records.push({ ...base, id: `shape:big${String(i).padStart(7, '0')}`, parentId: 'page:page', index: 'a1', meta: { pad } });
  }
  return JSON.stringify({ ...file, records });
}
