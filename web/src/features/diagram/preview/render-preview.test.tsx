import { describe, expect, it } from 'vitest';
import { buildTemplate } from '../../../../../shared/templates/build-template';
import type { DiagramDocument } from '../../../../../shared/diagram/diagram-document';
import { diagramBounds } from '../components/canvas/opening-view';
import { renderDiagramPreview } from './render-preview';

const processOf = (language: 'nb' | 'nn') => {
  const built = buildTemplate('en-felles-planprosess', { language });
  if (built.kind !== 'diagram') throw new Error('a diagram template');
  return built.document;
};
const contentOf = (document: DiagramDocument) => ({
  diagramType: document.diagramType,
  nodes: document.nodes,
  edges: document.edges,
  variants: document.variants,
});
const count = (markup: string, pattern: RegExp) => markup.match(pattern)?.length ?? 0;

describe("a diagram's first picture, drawn on the server", () => {
  it('draws every box of the shown variant with its texts, the lanes and phases behind them, and the links with their labels', () => {
    const document = processOf('nb');
    const shown = document.nodes;
    // A municipality's own variant of a step, which the editor shows only when it is chosen.
    const step = shown.find((node) => node.type === 'prosessteg')!;
    const content = {
      ...contentOf(document),
      nodes: [...shown, { ...step, id: 'egen', variantId: 'lister', data: { ...step.data, title: 'Vår egen variant' } }],
      variants: [...document.variants, { id: 'lister', name: 'Lister', municipalityId: null, isCommon: false }],
    };
    const picture = renderDiagramPreview({ boardId: 'b1', content, language: 'nb', readOnly: false })!;

    expect(count(picture.markup, /class="react-flow__node /g)).toBe(shown.length);
    expect(picture.markup).not.toContain('Vår egen variant');
    // Each box as the editor draws it: its kind, phase and title.
    expect(picture.markup).toContain(`data-id="${step.id}"`);
    expect(picture.markup).toContain((step.data as { title: string }).title.replaceAll('&', '&amp;'));
    expect(picture.markup).toContain('diagram-node__kind');
    // Every box is shown (React Flow hides what it has not measured) with both handles.
    expect(picture.markup).not.toContain('visibility:hidden');
    expect(count(picture.markup, /react-flow__handle-left/g)).toBe(shown.length);
    // The phases and lanes behind the boxes, inside React Flow's viewport.
    const bands = picture.markup.slice(picture.markup.indexOf('react-flow__viewport-portal'));
    expect(bands).toContain('diagram-band--');
    expect(bands).toContain('Oppstart og varsling');
    // The links, and their labels in React Flow's layer for them (a portal the server cannot draw).
    const shownIds = new Set(shown.map((node) => node.id));
    const links = document.edges.filter((edge) => shownIds.has(edge.source) && shownIds.has(edge.target));
    expect(count(picture.markup, /class="react-flow__edge /g)).toBe(links.length);
    const labels = picture.markup.slice(picture.markup.indexOf('react-flow__edgelabel-renderer'), picture.markup.indexOf('react-flow__nodes'));
    expect(count(labels, /class="diagram-edge__label/g)).toBeGreaterThan(0);
    // Paths with two decimals at most.
    for (const [, path] of picture.markup.matchAll(/ d="([^"]*)"/g)) expect(path).not.toMatch(/\.\d{3}/);
  });

  it('says where the boxes lie with the lane and phase names, which decides whether the editor opens on the whole', () => {
    const document = processOf('nb');
    const picture = renderDiagramPreview({ boardId: 'b1', content: contentOf(document), language: 'nb', readOnly: false })!;
    const { boardId, labelled } = picture.view;
    expect(boardId).toBe('b1');
    expect(labelled).toEqual(diagramBounds('planprosess', document.nodes));
    const left = Math.min(...document.nodes.map((node) => node.position.x));
    expect(labelled.x).toBeLessThan(left);
  });

  it("is in the board's language, whatever the last picture's was", () => {
    const nynorsk = renderDiagramPreview({ boardId: 'b1', content: contentOf(processOf('nn')), language: 'nn', readOnly: false })!;
    const bokmal = renderDiagramPreview({ boardId: 'b2', content: contentOf(processOf('nb')), language: 'nb', readOnly: false })!;
    expect(nynorsk.markup).toContain('Prosessteg');
    expect(nynorsk.markup).toContain('Kunngjering');
    expect(bokmal.markup).not.toContain('Kunngjering');
  });

  it('has ids of its own, so the editor drawn beside it for a moment has no twins', () => {
    const picture = renderDiagramPreview({ boardId: 'b1', content: contentOf(processOf('nb')), language: 'nb', readOnly: false })!;
    const ids = [...picture.markup.matchAll(/ id="([^"]+)"/g)].map(([, id]) => id!);
    const own = ids.filter((id) => id.includes('diagram-preview-flow'));
    expect(own.length).toBeGreaterThan(0);
    expect(ids.filter((id) => /^react-flow__(node|edge)-desc-1$|^pattern-1$/.test(id))).toEqual([]);
  });

  it('draws the handles to connect boxes by only for someone who may edit the board', () => {
    const content = contentOf(processOf('nb'));
    const editing = renderDiagramPreview({ boardId: 'b1', content, language: 'nb', readOnly: false })!;
    const reading = renderDiagramPreview({ boardId: 'b1', content, language: 'nb', readOnly: true })!;
    expect(editing.markup).toMatch(/react-flow__handle[^"]* connectable[ "]/);
    expect(reading.markup).not.toMatch(/react-flow__handle[^"]* connectable[ "]/);
  });

  it('draws nothing for an empty board', () => {
    expect(
      renderDiagramPreview({ boardId: 'b1', content: { diagramType: 'aktorkart', nodes: [], edges: [], variants: [] }, language: 'nb', readOnly: false }),
    ).toBeNull();
  });
});
