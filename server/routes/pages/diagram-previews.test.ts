import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { VersionedDiagram } from '../../../shared/diagram/document-version';
import { diagramPreviews, type DiagramPreviews } from './diagram-previews';

// Stands in for the web build's picture module: says how many pictures its thread has drawn, and
// takes as long as a board's `title` says (ms).
const pictureModule = `let drawn = 0;
export function renderDiagramPreview({ boardId, content }) {
  const until = Date.now() + Number(content.title ?? 0);
  while (Date.now() < until) {}
  drawn += 1;
  return { markup: 'picture ' + drawn + ' of ' + boardId, view: { boardId, labelled: { x: 0, y: 0, width: 1, height: 1 } } };
}`;

const nodes = (count: number) =>
  Array.from({ length: count }, (_, index) => ({
    id: `n${index}`,
    type: 'aktor',
    position: { x: index, y: 0 },
    data: {},
  })) as unknown as VersionedDiagram['nodes'];
const content = (version: string, count = 2, drawMs = 0) =>
  ({
    format: 'planrom-diagram',
    version: 1,
    diagramType: 'aktorkart',
    title: String(drawMs),
    nodes: nodes(count),
    edges: [],
    variants: [],
    liveVersion: version,
  }) as unknown as VersionedDiagram;
const asReader = { language: 'nb', readOnly: true } as const;

describe("drawing diagram boards' first pictures", () => {
  let folder: string;
  let module: string;
  let previews: DiagramPreviews | null = null;

  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'planrom-previews-'));
    module = join(folder, 'render-preview.mjs');
    writeFileSync(module, pictureModule);
  });
  afterEach(async () => {
    await previews?.close();
    previews = null;
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  /** Asks until the thread has started and drawn it: the first pages do not wait for a thread that is starting. */
  async function pictureOnceStarted(board: string, shown: VersionedDiagram) {
    for (let tries = 0; tries < 100; tries += 1) {
      const picture = await previews!.pictureOf(board, shown, asReader);
      if (picture) return picture;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('never drawn');
  }

  it('draws a version of a board once, for everyone who opens it, also after its room was loaded again', async () => {
    previews = diagramPreviews({ module, waitMs: 1000, maxNodes: 10 });
    expect(await previews.pictureOf('b1', content('v1'), asReader)).toBeNull();
    const first = await pictureOnceStarted('b1', content('v1'));
    // The same version read again (a new object, as from a room loaded again): the same picture.
    expect((await previews.pictureOf('b1', content('v1'), asReader))!.markup).toBe(first.markup);
    // A new version, or another language, is drawn anew.
    const changed = await previews.pictureOf('b1', content('v2'), asReader);
    expect(changed!.markup).not.toBe(first.markup);
    const nynorsk = await previews.pictureOf('b1', content('v2'), { language: 'nn', readOnly: true });
    expect(nynorsk!.markup).not.toBe(changed!.markup);
  });

  it('serves a page without a picture rather than wait longer than it may, and keeps that picture for the next page', async () => {
    previews = diagramPreviews({ module, waitMs: 100, maxNodes: 10 });
    await pictureOnceStarted('b0', content('v0'));
    const started = performance.now();
    expect(await previews.pictureOf('b1', content('slow', 2, 400), asReader)).toBeNull();
    expect(performance.now() - started).toBeLessThan(350);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await previews.pictureOf('b1', content('slow', 2, 400), asReader)).not.toBeNull();
  });

  it('draws nothing for an empty board, one over the limit, or when pictures are off', async () => {
    previews = diagramPreviews({ module, waitMs: 1000, maxNodes: 10 });
    await pictureOnceStarted('b0', content('v0'));
    expect(await previews.pictureOf('b1', content('v1', 0), asReader)).toBeNull();
    expect(await previews.pictureOf('b1', content('v1', 11), asReader)).toBeNull();
    await previews.close();
    for (const off of [
      diagramPreviews({ module, waitMs: 1000, maxNodes: 0 }),
      diagramPreviews({ module: join(folder, 'none.mjs'), waitMs: 1000, maxNodes: 10 }),
    ]) {
      expect(await off.pictureOf('b1', content('v1'), asReader)).toBeNull();
    }
  });
});
