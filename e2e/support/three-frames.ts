import { readFileSync } from 'node:fs';

/**
 * A .tldr file named `name` with three frames far apart, each with a note: Mål, Aktører, Tiltak (in
 * frame order), built on the tldraw 2.4 fixture so it also goes through the old format's migrations.
 */
export function threeFramesTldr(name: string): string {
  const base = JSON.parse(readFileSync(new URL('../fixtures/tldraw-2.4.tldr', import.meta.url), 'utf8')) as { records: Array<Record<string, unknown>> };
  const [documentRecord, pageRecord] = base.records;
  const shapeDefaults = { typeName: 'shape', rotation: 0, isLocked: false, opacity: 1, meta: {} };
  const frames = ['Mål', 'Aktører', 'Tiltak'].flatMap((frameName, index) => [
    {
      ...shapeDefaults,
      id: `shape:ramme${index}`,
      type: 'frame',
      x: index * 3000,
      y: 0,
      parentId: 'page:page',
      index: `a${index + 1}`,
      props: { w: 1000, h: 600, name: frameName },
    },
    {
      ...shapeDefaults,
      id: `shape:lapp${index}`,
      type: 'note',
      x: 400,
      y: 250,
      parentId: `shape:ramme${index}`,
      index: 'a1',
      props: {
        color: 'yellow',
        size: 'm',
        font: 'draw',
        align: 'middle',
        verticalAlign: 'middle',
        growY: 0,
        fontSizeAdjustment: 0,
        url: '',
        scale: 1,
        text: `Notat om ${frameName.toLowerCase()}`,
      },
    },
  ]);
  return JSON.stringify({ ...base, records: [{ ...documentRecord, name }, pageRecord, ...frames] });
}
