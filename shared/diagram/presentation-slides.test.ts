import { describe, expect, it } from 'vitest';
import type { DiagramEdge, DiagramNode } from './diagram-document';
import { diagramSlides, phaseOfSlideId } from './presentation-slides';

const step = (id: string, phase: string): DiagramNode =>
  ({ id, type: 'prosessteg', position: { x: 0, y: 0 }, data: { title: id, phase, lane: '', legalRef: '', deadline: '', description: '' } }) as DiagramNode;
const point = (id: string, phase: string): DiagramNode =>
  ({ id, type: 'avklaringspunkt', position: { x: 0, y: 0 }, data: { question: id, decidedBy: '', phase, lane: '', note: '' } }) as DiagramNode;
const actor = (id: string, category: string, parentId?: string): DiagramNode =>
  ({
    id,
    type: 'aktor',
    position: { x: 0, y: 0 },
    parentId,
    data: { name: id, category, role: '', interest: 3, influence: 3, phases: [], contact: '', note: '' },
  }) as DiagramNode;
const group = (id: string, label: string): DiagramNode => ({ id, type: 'gruppe', position: { x: 0, y: 0 }, data: { label } }) as DiagramNode;
const folder = (id: string, name = id): DiagramNode =>
  ({ id, type: 'mappe', position: { x: 0, y: 0 }, data: { name, kind: 'mappe', owner: '', note: '' } }) as DiagramNode;
const document = (id: string): DiagramNode =>
  ({ id, type: 'dokument', position: { x: 0, y: 0 }, data: { name: id, owner: '', status: '', link: '', note: '' } }) as DiagramNode;
const holds = (source: string, target: string): DiagramEdge =>
  ({ id: `${source}-${target}`, type: 'inneholder', source, target, data: { label: '' } }) as DiagramEdge;
const note = (id: string): DiagramNode => ({ id, type: 'fritekst', position: { x: 0, y: 0 }, data: { text: '' } }) as DiagramNode;

describe('diagramSlides', () => {
  it('shows a plan process phase by phase, in the order of the plan process, skipping empty phases', () => {
    const slides = diagramSlides('planprosess', {
      nodes: [step('vedtak-1', 'vedtak'), step('oppstart-1', 'oppstart'), point('oppstart-2', 'oppstart'), note('n')],
    });
    expect(slides.map((slide) => slide.id)).toEqual(['phase:oppstart', 'phase:vedtak']);
    expect(slides[0]!.nodeIds).toEqual(['oppstart-1', 'oppstart-2']);
    expect(slides[1]!.nodeIds).toEqual(['vedtak-1']);
  });

  it('shows a phase whose lanes reach far down in parts of whole lanes, top to bottom, and moves the parts together', () => {
    const at = (node: DiagramNode, lane: string, y: number) => ({ ...node, position: { x: 0, y }, data: { ...node.data, lane } }) as DiagramNode;
    const nodes = [
      at(step('forslag', 'oppstart'), 'Forslagsstiller', 0),
      at(step('tidlig', 'forarbeid'), 'Forslagsstiller', 0),
      at(step('admin', 'oppstart'), 'Planadministrasjonen', 200),
      at(point('admin-2', 'oppstart'), ' planadministrasjonen', 200),
      at(step('utvalg', 'oppstart'), 'Planutvalget', 400),
      at(step('styret', 'vedtak'), 'Kommunestyret', 600),
      at(step('naboer', 'oppstart'), 'Naboer', 1000),
    ];
    const slides = diagramSlides('planprosess', { nodes });
    expect(slides.map((slide) => slide.id)).toEqual(['phase:forarbeid', 'phase:oppstart', 'phase:oppstart:2', 'phase:vedtak']);
    expect(slides[0]).not.toHaveProperty('part');
    // The first three lanes fit in one part; the lane at 1,000 would make it too tall to read.
    expect(slides[1]).toMatchObject({ part: { number: 1, of: 2 }, nodeIds: ['forslag', 'admin', 'admin-2', 'utvalg'] });
    expect(slides[2]).toMatchObject({ part: { number: 2, of: 2 }, nodeIds: ['naboer'] });
    expect(diagramSlides('planprosess', { nodes }, ['phase:vedtak', 'phase:oppstart']).map((slide) => slide.id)).toEqual([
      'phase:vedtak',
      'phase:oppstart',
      'phase:oppstart:2',
      'phase:forarbeid',
    ]);
    // Its lanes close together, the same phase is one slide.
    const close = nodes.map((node) => (node.id === 'naboer' ? { ...node, position: { x: 0, y: 380 } } : node));
    expect(diagramSlides('planprosess', { nodes: close }).map((slide) => slide.id)).toEqual(['phase:forarbeid', 'phase:oppstart', 'phase:vedtak']);
  });

  it('shows an actor map category by category, then group by group with what is in the group', () => {
    const slides = diagramSlides('aktorkart', {
      nodes: [actor('nve', 'statlig'), actor('plan', 'internt', 'g'), actor('bygg', 'internt'), group('g', 'Kommunen'), actor('fylke', 'regionalt')],
    });
    expect(slides.map((slide) => slide.id)).toEqual(['category:internt', 'category:regionalt', 'category:statlig', 'group:g']);
    expect(slides[0]!.nodeIds).toEqual(['plan', 'bygg']);
    expect(slides[3]).toMatchObject({ kind: 'group', label: 'Kommunen', nodeIds: ['g', 'plan'] });
  });

  it('shows a group that holds exactly one category’s actors once, in the category’s place, as the template’s groups are, and an empty group not at all', () => {
    const slides = diagramSlides('aktorkart', {
      nodes: [
        group('stat', 'Staten'),
        actor('nve', 'statlig', 'stat'),
        actor('kv', 'statlig', 'stat'),
        group('kommune', 'Kommunen'),
        actor('plan', 'internt', 'kommune'),
        actor('fylke', 'regionalt'),
        group('tom', 'Tom gruppe'),
      ],
    });
    expect(slides.map((slide) => slide.id)).toEqual(['group:kommune', 'category:regionalt', 'group:stat']);
    expect(slides[2]).toMatchObject({ label: 'Staten', nodeIds: ['stat', 'nve', 'kv'] });
  });

  it('shows a digital structure folder by folder: each main folder in the shared room with everything it holds, an empty one too', () => {
    const nodes = [
      folder('rom', 'Felles rom'),
      folder('plansaker', 'Plansaker'),
      folder('kommune'),
      document('sak-1'),
      folder('moter', 'Møter'),
      folder('tom', 'Tom'),
      document('løs'),
    ];
    const edges = [
      holds('rom', 'plansaker'),
      holds('plansaker', 'kommune'),
      holds('kommune', 'sak-1'),
      holds('rom', 'moter'),
      holds('rom', 'tom'),
      holds('moter', 'løs'),
    ];
    const slides = diagramSlides('struktur', { nodes, edges });
    expect(slides.map((slide) => slide.id)).toEqual(['folder:plansaker', 'folder:moter', 'folder:tom']);
    expect(slides[0]).toMatchObject({ kind: 'folder', label: 'Plansaker', nodeIds: ['plansaker', 'kommune', 'sak-1'] });
    expect(slides[1]!.nodeIds).toEqual(['moter', 'løs']);
    expect(slides[2]!.nodeIds).toEqual(['tom']);
  });

  it('shows a structure with several folders at the top one top folder at a time, and one room holding only documents as one slide', () => {
    const several = diagramSlides('struktur', {
      nodes: [folder('a'), document('a1'), folder('b'), document('b1')],
      edges: [holds('a', 'a1'), holds('b', 'b1')],
    });
    expect(several.map((slide) => slide.nodeIds)).toEqual([
      ['a', 'a1'],
      ['b', 'b1'],
    ]);
    const one = diagramSlides('struktur', { nodes: [folder('rom'), document('d1'), document('d2')], edges: [holds('rom', 'd1'), holds('rom', 'd2')] });
    expect(one.map((slide) => slide.nodeIds)).toEqual([['rom', 'd1', 'd2']]);
  });

  it('shows what is in no main folder last, on a slide of its own: a document at the top, or in the room beside its folders', () => {
    const nodes = [folder('rom', 'Felles rom'), folder('plansaker'), document('sak'), document('i-rommet'), document('løs'), folder('tom-rot')];
    const edges = [holds('rom', 'plansaker'), holds('plansaker', 'sak'), holds('rom', 'i-rommet')];
    const slides = diagramSlides('struktur', { nodes: nodes.slice(0, 4), edges });
    // One room with folders: its document beside them is outside every main folder; the room is not.
    expect(slides.map((slide) => slide.id)).toEqual(['folder:plansaker', 'folders:outside']);
    expect(slides[1]).toMatchObject({ kind: 'outside-folders', nodeIds: ['i-rommet'] });
    // Several folders at the top: each is a main folder, and a document at the top is outside them.
    const several = diagramSlides('struktur', { nodes, edges });
    expect(several.map((slide) => slide.nodeIds)).toEqual([['rom', 'plansaker', 'sak', 'i-rommet'], ['tom-rot'], ['løs']]);
    expect(diagramSlides('struktur', { nodes: [folder('a'), document('a1')], edges: [holds('a', 'a1')] }).map((slide) => slide.id)).toEqual(['folder:a']);
  });

  it('follows a stored order and keeps slides it does not name at the end', () => {
    const nodes = [step('a', 'forarbeid'), step('b', 'horing'), step('c', 'vedtak')];
    expect(diagramSlides('planprosess', { nodes }, ['phase:vedtak', 'phase:gone']).map((slide) => slide.id)).toEqual([
      'phase:vedtak',
      'phase:forarbeid',
      'phase:horing',
    ]);
  });

  it('has no slides for an empty diagram', () => {
    expect(diagramSlides('planprosess', { nodes: [] })).toEqual([]);
    expect(diagramSlides('aktorkart', { nodes: [note('n')] })).toEqual([]);
    expect(diagramSlides('struktur', { nodes: [note('n')] })).toEqual([]);
  });
});

describe('phaseOfSlideId', () => {
  it('names the phase of a phase slide and of each of its parts, and no phase for other slides', () => {
    expect(phaseOfSlideId('phase:oppstart')).toBe('phase:oppstart');
    expect(phaseOfSlideId('phase:oppstart:2')).toBe('phase:oppstart');
    for (const other of ['category:statlig', 'group:g1', 'folder:f', 'folders:outside', 'shape:phase:x', 'phase:'])
      expect(phaseOfSlideId(other), other).toBeNull();
  });
});
