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

/**
 * A .tldr file of about `bytes` made mostly of images carried inside as data URLs (what a real
 * 40 MB file from tldraw holds): the 3.15 fixture plus `images` image shapes, each with a PNG of
 * random pixels-worth of bytes just under Planrom's 10 MB image limit.
 */
export function tldrFileWithImages({ images, bytes }: { images: number; bytes: number }): string {
  const file = JSON.parse(canvasFixture('tldraw-3.15.tldr')) as { records: Array<Record<string, unknown>> };
  const rawBytes = Math.min(9.5 * 1024 * 1024, Math.floor(((bytes / images) * 3) / 4) - 1024);
  const png = Buffer.alloc(rawBytes);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(png);
  for (let i = 8; i < png.length; i += 4) png.writeUInt32LE((i * 2654435761) >>> 0, i);
  const src = `data:image/png;base64,${png.toString('base64')}`;
  for (let i = 0; i < images; i++) {
    file.records.push({
      id: `asset:bilde${i}`,
      typeName: 'asset',
      type: 'image',
      meta: {},
      props: { name: `bilde${i}.png`, src, w: 100, h: 100, mimeType: 'image/png', isAnimated: false, fileSize: png.length },
    });
    file.records.push({
      id: `shape:bilde${i}`,
      typeName: 'shape',
      type: 'image',
      x: i * 120,
      y: 600,
      rotation: 0,
      isLocked: false,
      opacity: 1,
      meta: {},
      parentId: 'page:page',
      index: `a${i + 2}`,
      props: { w: 100, h: 100, assetId: `asset:bilde${i}`, playing: true, url: '', crop: null, flipX: false, flipY: false, altText: '' },
    });
  }
  return JSON.stringify(file);
}
