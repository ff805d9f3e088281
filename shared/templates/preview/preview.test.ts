import { describe, expect, it } from 'vitest';
import { buildTemplate, getTemplate } from '../build-template';
import { templateIds } from '../index';
import { canvasPreview, type LooseRecord } from './canvas-preview';
import { diagramPreview } from './diagram-preview';
import { previewSvg } from './preview-svg';

const lister = ['Farsund', 'Flekkefjord', 'Lyngdal', 'Hægebostad', 'Kvinesdal', 'Sirdal'];

describe('template previews', () => {
  it.each([...templateIds])('%s is drawn from its own content', (id) => {
    for (const variant of getTemplate(id).variants) {
      const built = buildTemplate(id, { language: 'nn', municipalities: lister, variant: variant.id });
      const model = built.kind === 'canvas' ? canvasPreview(Object.values(built.snapshot.store)) : diagramPreview(built.document);
      if (built.kind === 'canvas') {
        const shapes = Object.values(built.snapshot.store).filter((r) => r.typeName === 'shape');
        const arrows = shapes.filter((s) => s.type === 'arrow').length;
        // Every shape but arrows is a box (groups and freehand drawing aside, which templates do not use).
        expect(model.shapes).toHaveLength(shapes.length - arrows);
        expect(model.lines).toHaveLength(arrows);
      } else {
        const common = built.document.variants.find((v) => v.isCommon)?.id;
        const shown = built.document.nodes.filter((n) => !n.variantId || n.variantId === common);
        expect(model.shapes).toHaveLength(shown.length);
      }
      expect(model.summary.areas.length + model.summary.lanes.length).toBeGreaterThan(0);
      const svg = previewSvg(model);
      expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
      expect(svg.endsWith('</svg>')).toBe(true);
    }
  });

  it('names the areas in reading order and the members’ spaces inside them', () => {
    const built = buildTemplate('vart-formal', { language: 'nb', municipalities: lister });
    if (built.kind !== 'canvas') throw new Error('canvas expected');
    const model = canvasPreview(Object.values(built.snapshot.store));
    expect(model.summary.areas[0]).toBe('Hvorfor samarbeider vi?');
    const labels = model.shapes.filter((s) => s.kind === 'area' && s.level === 1).map((s) => s.label);
    expect(labels).toEqual(expect.arrayContaining(lister));
  });

  it('gives a plan process its lanes', () => {
    const built = buildTemplate('en-felles-planprosess', { language: 'nb' });
    if (built.kind !== 'diagram') throw new Error('diagram expected');
    expect(diagramPreview(built.document).summary.lanes.length).toBeGreaterThan(2);
  });

  it('escapes text from boards, so a preview can never carry markup', () => {
    const records: Array<LooseRecord & Record<string, unknown>> = [
      { id: 'page:1', typeName: 'page', index: 'a1' },
      {
        id: 'shape:f',
        typeName: 'shape',
        type: 'frame',
        parentId: 'page:1',
        index: 'a1',
        x: 0,
        y: 0,
        props: { w: 4000, h: 300, name: '<script>alert(1)</script> & "x"' },
      },
      { id: 'shape:n', typeName: 'shape', type: 'note', parentId: 'shape:f', index: 'a1', x: 10, y: 10, props: { color: 'nonsense' } },
    ];
    const model = canvasPreview(records);
    expect(model.summary).toMatchObject({ areas: ['<script>alert(1)</script> & "x"'], notes: 1 });
    const svg = previewSvg(model);
    expect(svg).not.toContain('<script');
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;');
  });

  it('draws only the first page, and an empty board as an empty picture', () => {
    const records: Array<LooseRecord & Record<string, unknown>> = [
      { id: 'page:b', typeName: 'page', index: 'a2' },
      { id: 'page:a', typeName: 'page', index: 'a1' },
      { id: 'shape:1', typeName: 'shape', type: 'geo', parentId: 'page:a', index: 'a1', x: 0, y: 0, props: { w: 100, h: 50, geo: 'ellipse' } },
      { id: 'shape:2', typeName: 'shape', type: 'geo', parentId: 'page:b', index: 'a1', x: 0, y: 0, props: { w: 100, h: 50 } },
    ];
    expect(canvasPreview(records).shapes).toEqual([expect.objectContaining({ kind: 'ellipse', w: 100, h: 50 })]);
    expect(previewSvg(canvasPreview([]))).toMatch(/^<svg .*<\/svg>$/);
  });
});
