import { Store } from '@tldraw/store';
import { TLSocketRoom } from '@tldraw/sync-core';
import { createTLSchema, type TLRecord, type TLRichText } from '@tldraw/tlschema';
import { describe, expect, it } from 'vitest';
import { diagramDocumentSchema, type DiagramDocument, type DiagramNode } from '../diagram/diagram-document';
import { absoluteBox, estimatedNodeSize } from '../diagram/place-node';
import { structureTree } from '../diagram/structure-tree';
import { planPhases } from '../diagram/vocabulary';
import { languages, type Language } from '../schemas/language';
import { buildTemplate, getTemplate, type BuiltTemplate } from './build-template';
import type { CanvasSnapshot } from './canvas/build-canvas-template';
import type { CanvasContent } from './canvas/canvas-content';
import { isPromptShape, promptsMarkedKey, templatePromptMatcher } from './canvas/prompt-note';
import { plainTextOf } from '../canvas-plain-text';
import { templateIds, templates } from './index';
import { templateHeadings, templateSchema, type Template } from './template-types';

/** The demo region's members (../shared/domain/lister.md), used only as names here. */
const lister = ['Farsund', 'Flekkefjord', 'Hægebostad', 'Kvinesdal', 'Lyngdal', 'Sirdal'];
const regions: Record<string, string[]> = {
  'no members': [],
  lister,
  'twelve members': Array.from({ length: 12 }, (_, n) => `Kommune ${String.fromCharCode(65 + n)}`),
};

/** Spaces drawn for a region: one per member, or the placeholders (3 in every template) without. */
const spaces = (members: number) => (members === 0 ? 3 : members);

/** What each template and variant builds to, for a region with `m` members. */
const expectedCounts: Record<string, Record<string, (m: number) => Record<string, number>>> = {
  'vart-formal': { standard: (m) => ({ shapes: 24 + 2 * spaces(m), bindings: 0 }) },
  'regionens-aktorkart': { standard: () => ({ nodes: 38, actors: 31, groups: 4, edges: 24 }) },
  'spilleregler-for-samarbeidet': { standard: () => ({ shapes: 32, bindings: 4 }) },
  'en-felles-planprosess': {
    detaljregulering: (m) => ({ nodes: 29, steps: 20, decisions: 6, edges: 31, variants: 1 + m }),
    arealdel: (m) => ({ nodes: 19, steps: 12, decisions: 5, edges: 20, variants: 1 + m }),
  },
  motemodell: { standard: () => ({ shapes: 31, bindings: 0 }) },
  'en-digital-struktur': { standard: (m) => ({ nodes: 25 + 2 * spaces(m), folders: 7 + spaces(m), documents: 15 + spaces(m), edges: 21 + 2 * spaces(m) }) },
  'faglig-planvurdering': { standard: () => ({ shapes: 31, bindings: 8 }) },
  konfliktkompasset: { standard: () => ({ shapes: 59, bindings: 8 }) },
};

interface Leaf {
  path: string;
  nb: string;
  nn: string;
}

/** Every text of a template that has a bokmål and a nynorsk side (meta texts and content). */
function localizedLeaves(value: unknown, path = ''): Leaf[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => localizedLeaves(item, `${path}.${index}`));
  if (value === null || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).sort();
  if (keys.length === 2 && keys[0] === 'nb' && keys[1] === 'nn') {
    const { nb, nn } = record;
    if (typeof nb === 'string' && typeof nn === 'string') return [{ path, nb, nn }];
    if (nb && nn && typeof nb === 'object' && typeof nn === 'object') {
      const nbTexts = nb as Record<string, unknown>;
      const nnTexts = nn as Record<string, unknown>;
      return Object.keys({ ...nbTexts, ...nnTexts }).map((key) => ({ path: `${path}.${key}`, nb: String(nbTexts[key] ?? ''), nn: String(nnTexts[key] ?? '') }));
    }
  }
  return Object.entries(record).flatMap(([key, child]) => localizedLeaves(child, path ? `${path}.${key}` : key));
}

/** Words only one of the two written standards has; finding one in the other is a slip of language. */
const bokmalOnly = [
  'ikke',
  'hva',
  'hvordan',
  'hvorfor',
  'hvem',
  'hvilke',
  'hvilken',
  'hvis',
  'hver',
  'hvert',
  'hvor',
  'noen',
  'noe',
  'mye',
  'uke',
  'uker',
  'dere',
  'deres',
  'dem',
  'fra',
  'sammen',
  'bare',
  'gjør',
  'sier',
  'ble',
  'videre',
  'tidlig',
  'hverandre',
  'selv',
  'måned',
  'enige',
  'uenige',
  'uenighet',
  'innsigelse',
  'innsigelser',
  'høring',
  'kommunene',
  'være',
  'ennå',
  'egen',
  'egne',
  'tilbake',
  'gjelder',
  'mener',
  'skriver',
  'legger',
  'statsforvalteren',
  'forslagsstiller',
  'myndigheter',
  'spørsmålene',
  'planene',
  'bestemmelser',
  'planbeskrivelse',
  'utredning',
  'konsekvensutredning',
  'lenke',
  'eksempel',
];
const nynorskOnly = [
  'ikkje',
  'kva',
  'korleis',
  'kvifor',
  'kven',
  'kvar',
  'eit',
  'ein',
  'frå',
  'saman',
  'berre',
  'dykk',
  'dykkar',
  'kvarandre',
  'veke',
  'veker',
  'motsegn',
  'høyring',
  'kommunane',
  'vere',
  'noko',
  'nokon',
  'seinast',
  'heile',
  'tidleg',
  'samde',
  'usemje',
  'dei',
  'eigen',
  'eigne',
  'handsaming',
  'statsforvaltaren',
  'styresmakter',
  'òg',
  'døme',
  'føresegner',
];
const containsWord = (text: string, word: string) => new RegExp(`(?<![\\p{L}\\d])${word}(?![\\p{L}\\d])`, 'iu').test(text);

function plainText(richText: TLRichText): string {
  const paragraphs = (richText.content ?? []) as Array<{ content?: Array<{ text?: string }> }>;
  return paragraphs.map((paragraph) => (paragraph.content ?? []).map((node) => node.text ?? '').join('')).join('\n');
}

function shapesOf(snapshot: CanvasSnapshot) {
  return Object.values(snapshot.store).filter((record) => record.typeName === 'shape');
}

function shapeById(snapshot: CanvasSnapshot, key: string) {
  const record = snapshot.store[`shape:${key}`];
  if (!record || record.typeName !== 'shape') throw new Error(`No shape ${key}`);
  return record;
}

/** Validates a snapshot the way tldraw does: every record through the schema's validators, a
 * migration of the whole snapshot, and a load into a sync room like the canvas server's. */
function validateWithTldraw(snapshot: CanvasSnapshot) {
  const schema = createTLSchema();
  const store = new Store({ schema, props: {} as never });
  store.put(Object.values(snapshot.store) as TLRecord[]);
  expect(store.allRecords()).toHaveLength(Object.keys(snapshot.store).length);
  expect(schema.migrateStoreSnapshot(snapshot as never).type).toBe('success');
  const room = new TLSocketRoom({ schema });
  room.loadSnapshot(snapshot as never);
  expect(room.getCurrentSnapshot().documents).toHaveLength(Object.keys(snapshot.store).length);
  room.close();
}

const box = (shape: TLRecord & { typeName: 'shape' }) => {
  const props = shape.props as { w?: number; h?: number; growY?: number; autoSize?: boolean };
  if (shape.type === 'note') return { w: 200, h: 200 + (props.growY ?? 0) };
  if (shape.type === 'geo') return { w: props.w ?? 0, h: (props.h ?? 0) + (props.growY ?? 0) };
  if (shape.type === 'frame') return { w: props.w ?? 0, h: props.h ?? 0 };
  if (shape.type === 'text' && props.autoSize === false) return { w: props.w ?? 0, h: 0 };
  return { w: 0, h: 0 };
};

function checkCanvas(template: Template, content: CanvasContent, built: BuiltTemplate & { kind: 'canvas' }, language: Language, members: string[]) {
  const { snapshot } = built;
  validateWithTldraw(snapshot);
  const shapes = shapesOf(snapshot);
  const ids = new Set(Object.keys(snapshot.store));

  // Every parent exists, every binding joins an arrow to an existing shape.
  for (const shape of shapes) expect(ids.has(shape.parentId), `${shape.id} has parent ${shape.parentId}`).toBe(true);
  for (const binding of Object.values(snapshot.store).filter((record) => record.typeName === 'binding')) {
    expect(snapshot.store[binding.fromId]?.typeName === 'shape' && (snapshot.store[binding.fromId] as { type: string }).type).toBe('arrow');
    expect(ids.has(binding.toId)).toBe(true);
  }

  // Frames hold their children, within their bounds; municipality spaces are named after members.
  const placeholderNames = (name: string, count: number) => Array.from({ length: count }, (_, n) => `${name} ${n + 1}`);
  for (const item of content.items) {
    if (item.kind !== 'frame') continue;
    const frame = shapeById(snapshot, item.key);
    expect(frame.type).toBe('frame');
    expect((frame.props as { name: string }).name).toBe(item.title[language]);
    const frameBox = box(frame);
    const inside = (key: string) => {
      const child = shapeById(snapshot, key);
      expect(child.parentId, `${key} in ${item.key}`).toBe(frame.id);
      const size = box(child);
      expect(child.x + size.w, `${key} fits the width of ${item.key}`).toBeLessThanOrEqual(frameBox.w);
      expect(child.y + size.h, `${key} fits the height of ${item.key}`).toBeLessThanOrEqual(frameBox.h);
      return child;
    };
    for (const child of item.children) {
      if (child.kind !== 'municipality-spaces') {
        inside(child.key);
        continue;
      }
      const names = members.length > 0 ? members : placeholderNames(child.placeholderName[language], child.placeholders);
      names.forEach((name, n) => {
        const space = inside(`${child.key}-${n + 1}`);
        expect((space.props as { name: string }).name).toBe(name);
        const note = shapeById(snapshot, `${child.key}-${n + 1}-note`);
        expect(note.type).toBe('note');
        expect(note.parentId).toBe(space.id);
        expect(plainText((note.props as { richText: TLRichText }).richText)).toBe(child.prompt[language]);
      });
      expect(shapes.filter((shape) => shape.id.startsWith(`shape:${child.key}-`) && shape.type === 'frame')).toHaveLength(names.length);
    }
  }

  // Frames on the page do not overlap, however many members the region has.
  const frames = shapes.filter((shape) => shape.type === 'frame' && shape.parentId === 'page:page');
  for (const [index, a] of frames.entries()) {
    for (const b of frames.slice(index + 1)) {
      const overlap = a.x < b.x + box(b).w && b.x < a.x + box(a).w && a.y < b.y + box(b).h && b.y < a.y + box(a).h;
      expect(overlap, `${a.id} overlaps ${b.id}`).toBe(false);
    }
  }

  // Every text on the board is one of the template's texts in this language (or a member's name).
  const texts = new Set(localizedLeaves(template).map((leaf) => leaf[language]));
  for (const child of content.items.flatMap((item) => (item.kind === 'frame' ? item.children : []))) {
    if (child.kind === 'municipality-spaces') placeholderNames(child.placeholderName[language], child.placeholders).forEach((name) => texts.add(name));
  }
  members.forEach((name) => texts.add(name));
  for (const shape of shapes) {
    const props = shape.props as { richText?: TLRichText; name?: string };
    const text = props.richText ? plainText(props.richText) : (props.name ?? '');
    if (text !== '') expect(texts.has(text), `«${text}» on ${shape.id}`).toBe(true);
  }
}

const overlaps = (a: ReturnType<typeof absoluteBox>, b: ReturnType<typeof absoluteBox>) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** No two nodes' boxes overlap, each as big as its texts are drawn (estimated: the browser test measures them). */
function expectNoOverlaps(nodes: DiagramNode[]) {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const boxes = nodes.map((node) => ({ node, box: { ...absoluteBox(node, byId), ...estimatedNodeSize(node) } }));
  for (const [index, a] of boxes.entries()) {
    for (const b of boxes.slice(index + 1)) {
      if (a.node.parentId === b.node.id || b.node.parentId === a.node.id) continue;
      expect(overlaps(a.box, b.box), `${a.node.id} overlaps ${b.node.id}`).toBe(false);
    }
  }
}

function checkDiagram(template: Template, variant: string, document: DiagramDocument, language: Language, members: string[]) {
  expect(diagramDocumentSchema.safeParse(document).success).toBe(true);
  const expected = expectedCounts[template.id]![variant]!(members.length);
  expect(document.nodes).toHaveLength(expected.nodes!);
  expect(document.edges).toHaveLength(expected.edges!);
  const byId = new Map(document.nodes.map((node) => [node.id, node]));
  for (const node of document.nodes) if (node.parentId) expect(byId.get(node.parentId)?.type).toBe('gruppe');

  if (document.diagramType === 'planprosess') {
    const process = document.nodes.filter((node) => node.type === 'prosessteg' || node.type === 'avklaringspunkt');
    expect(document.nodes.filter((node) => node.type === 'prosessteg')).toHaveLength(expected.steps!);
    expect(document.nodes.filter((node) => node.type === 'avklaringspunkt')).toHaveLength(expected.decisions!);
    expect(process.every((node) => node.variantId === 'felles')).toBe(true);
    expect(document.variants).toHaveLength(expected.variants!);
    expect(document.variants.filter((candidate) => candidate.isCommon).map((candidate) => candidate.id)).toEqual(['felles']);
    expect(document.variants.slice(1).map((candidate) => candidate.name)).toEqual(members);
    // Every phase of the process has something in it, and every step names its lane.
    for (const phase of planPhases)
      expect(
        process.some((node) => node.data.phase === phase),
        phase,
      ).toBe(true);
    expect(process.every((node) => node.data.lane !== '')).toBe(true);
    expectNoOverlaps(document.nodes.filter((node) => !node.variantId || node.variantId === 'felles'));
    // The caveat on legal references, in the board's language.
    const notes = document.nodes.flatMap((node) => (node.type === 'fritekst' ? [node.data.text] : []));
    expect(notes.some((text) => text.includes(language === 'nb' ? 'Kontroller mot gjeldende regelverk' : 'Kontroller mot gjeldande regelverk'))).toBe(true);
  }
  if (template.id === 'regionens-aktorkart') {
    const actors = document.nodes.filter((node) => node.type === 'aktor');
    expect(actors).toHaveLength(expected.actors!);
    expect(document.nodes.filter((node) => node.type === 'gruppe')).toHaveLength(expected.groups!);
    for (const actor of actors) expect(actor.parentId).toBe(`kategori-${actor.data.category}`);
    for (const category of ['internt', 'regionalt', 'statlig', 'eksternt'] as const) {
      expect(actors.filter((actor) => actor.data.category === category).length, category).toBeGreaterThanOrEqual(4);
    }
    expect(document.edges.every((edge) => edge.type === 'relasjon' && edge.data.relation !== undefined)).toBe(true);
    expect(new Set(document.edges.map((edge) => edge.data.relation)).size).toBe(6);
    expectNoOverlaps(document.nodes);
  }
  if (template.id === 'en-digital-struktur') {
    // Its own diagram type: channels and folders, documents, joined as one tree.
    expect(document.diagramType).toBe('struktur');
    const folders = document.nodes.filter((node) => node.type === 'mappe');
    expect(folders).toHaveLength(expected.folders!);
    expect(document.nodes.filter((node) => node.type === 'dokument')).toHaveLength(expected.documents!);
    expect(document.nodes.some((node) => node.type === 'gruppe' || node.type === 'aktor')).toBe(false);
    const tree = structureTree(document.nodes, document.edges);
    expect(tree.roots).toEqual(['rom']);
    expect(document.edges.every((edge) => edge.type === 'inneholder')).toBe(true);
    const perMunicipality = (tree.children.get('plansaker') ?? [])
      .map((id) => byId.get(id))
      .flatMap((node) => (node?.type === 'mappe' ? [node.data.name] : []));
    expect(perMunicipality).toEqual(members.length > 0 ? members : ['Kommune 1', 'Kommune 2', 'Kommune 3']);
    const channels = (tree.children.get('rom') ?? []).map((id) => byId.get(id));
    expect(channels.every((node) => node?.type === 'mappe' && node.data.kind === 'kanal')).toBe(true);
    expect(document.nodes.some((node) => node.type === 'dokument' && node.data.link.startsWith('https://'))).toBe(true);
    expectNoOverlaps(document.nodes);
  }
}

describe('templates as data', () => {
  it('lists the eight worksheets in the guide’s order, under its four headings', () => {
    expect(templates.map((template) => template.id)).toEqual([...templateIds]);
    const parsed = templates.map((template) => templateSchema.parse(template));
    expect(parsed.map((template) => template.order)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    const headingRanks = parsed.map((template) => templateHeadings.indexOf(template.heading));
    expect(headingRanks).toEqual([...headingRanks].sort((a, b) => a - b));
    expect(new Set(parsed.map((template) => template.heading))).toEqual(new Set(templateHeadings));
    expect(parsed.map((template) => template.kind)).toEqual(['canvas', 'diagram', 'canvas', 'diagram', 'canvas', 'diagram', 'canvas', 'canvas']);
  });

  it('refuses a template with an empty nynorsk text or an arrow to nothing', () => {
    const broken = structuredClone(templates[0]!) as { texts: { nn: { purpose: string } } };
    broken.texts.nn.purpose = '  ';
    expect(templateSchema.safeParse(broken).success).toBe(false);
    const dangling = structuredClone(templates.find((template) => template.id === 'faglig-planvurdering')!) as unknown as {
      variants: Array<{ content: { items: Array<{ kind: string; to?: string }> } }>;
    };
    const arrow = dangling.variants[0]!.content.items.find((item) => item.kind === 'arrow')!;
    arrow.to = 'finnes-ikke';
    expect(templateSchema.safeParse(dangling).success).toBe(false);
  });

  describe.each(templates.map((template) => [template.id]))('%s', (id) => {
    const template = getTemplate(id);
    const leaves = localizedLeaves(template);

    it('has every text in both bokmål and nynorsk', () => {
      expect(leaves.length).toBeGreaterThan(10);
      for (const leaf of leaves) {
        expect(leaf.nb.trim(), `${leaf.path} (nb)`).not.toBe('');
        expect(leaf.nn.trim(), `${leaf.path} (nn)`).not.toBe('');
      }
      for (const field of ['purpose', 'when', 'participants', 'facilitatorGuide'] as const) {
        expect(template.texts.nn[field], field).not.toBe(template.texts.nb[field]);
      }
      const sentences = leaves.filter((leaf) => leaf.nb.split(/\s+/).length >= 4);
      const differing = sentences.filter((leaf) => leaf.nb !== leaf.nn);
      expect(differing.length / sentences.length).toBeGreaterThan(0.75);
    });

    it('writes nynorsk in nynorsk and bokmål in bokmål', () => {
      for (const leaf of leaves) {
        for (const word of bokmalOnly) expect(containsWord(leaf.nn, word), `«${word}» in nn ${leaf.path}: ${leaf.nn}`).toBe(false);
        for (const word of nynorskOnly) expect(containsWord(leaf.nb, word), `«${word}» in nb ${leaf.path}: ${leaf.nb}`).toBe(false);
      }
    });

    it('has a facilitator guide with numbered steps', () => {
      for (const language of languages) {
        const steps = template.texts[language].facilitatorGuide.split('\n').filter((line) => /^\d+\. /.test(line));
        expect(steps.length).toBeGreaterThanOrEqual(4);
      }
    });

    describe.each(template.variants.map((variant) => [variant.id]))('variant %s', (variant) => {
      describe.each(languages.map((language) => [language]))('in %s', (language) => {
        it.each(Object.entries(regions))('builds for a region with %s', (_, members) => {
          const built = buildTemplate(id, { language, municipalities: members, variant });
          expect(built.templateId).toBe(id);
          expect(built.variant).toBe(variant);
          expect(built.title.startsWith(template.texts[language].title)).toBe(true);
          const expected = expectedCounts[id]![variant]!(members.length);
          if (built.kind === 'canvas') {
            const content = template.variants.find((candidate) => candidate.id === variant)!.content as CanvasContent;
            expect(shapesOf(built.snapshot)).toHaveLength(expected.shapes!);
            expect(Object.values(built.snapshot.store).filter((record) => record.typeName === 'binding')).toHaveLength(expected.bindings!);
            checkCanvas(template, content, built, language, members);
          } else {
            checkDiagram(template, variant, built.document, language, members);
          }
        });
      });
    });
  });
});

describe('buildTemplate', () => {
  it('refuses an unknown template or variant', () => {
    expect(() => buildTemplate('finnes-ikke', { language: 'nb' })).toThrow();
    expect(() => buildTemplate('vart-formal', { language: 'nb', variant: 'arealdel' })).toThrow();
  });

  it('names the board after the variant when there are several', () => {
    expect(buildTemplate('en-felles-planprosess', { language: 'nb' }).title).toBe('En felles planprosess: privat detaljregulering');
    expect(buildTemplate('en-felles-planprosess', { language: 'nn', variant: 'arealdel' }).title).toBe('Ein felles planprosess: arealdelen av kommuneplanen');
    expect(buildTemplate('konfliktkompasset', { language: 'nn' }).title).toBe('Konfliktkompasset');
  });

  it('takes members with ids, drops blank and repeated names, and keeps the ids on the process variants', () => {
    const built = buildTemplate('en-felles-planprosess', {
      language: 'nb',
      municipalities: [{ id: 'm-1', name: ' Farsund ' }, { id: 'm-2', name: 'Sirdal' }, '  ', 'farsund'],
    });
    if (built.kind !== 'diagram') throw new Error('expected a diagram');
    expect(built.document.variants.map(({ name, municipalityId }) => ({ name, municipalityId }))).toEqual([
      { name: 'Felles praksis', municipalityId: null },
      { name: 'Farsund', municipalityId: 'm-1' },
      { name: 'Sirdal', municipalityId: 'm-2' },
    ]);
  });

  it('puts the legal references and deadlines of planprosess.md on the plan process', () => {
    for (const language of languages) {
      const built = buildTemplate('en-felles-planprosess', { language, variant: 'detaljregulering' });
      if (built.kind !== 'diagram') throw new Error('expected a diagram');
      const steps = built.document.nodes.flatMap((node) => (node.type === 'prosessteg' ? [node.data] : []));
      const refs = steps.map((step) => `${step.legalRef} ${step.description}`).join('\n');
      for (const ref of [
        '§ 12-8 første ledd',
        'forskrift 8.12.2017 nr. 1950',
        '§ 12-3',
        '§ 4-1',
        '21.6.2017 nr. 854 §§ 6 og 8',
        '§ 5-3',
        '§ 12-11',
        '§ 12-10',
        '§ 5-4',
        '§ 12-12',
        '§ 1-9',
        '§ 29',
        '§ 12-13',
        '§ 12-14',
      ]) {
        expect(refs, ref).toContain(ref);
      }
      const week = language === 'nb' ? 'uker' : 'veker';
      const deadlines = steps.map((step) => step.deadline).join('\n');
      for (const deadline of [`12 ${week}`, `6 ${week}`, `3 ${week}`]) expect(deadlines, deadline).toContain(deadline);
      const decisions = built.document.nodes
        .filter((node) => node.type === 'avklaringspunkt')
        .map((node) => (node.type === 'avklaringspunkt' ? node.data.phase : ''));
      expect(decisions).toEqual(expect.arrayContaining(['oppstart', 'forstegangsbehandling', 'horing', 'vedtak']));

      const arealdel = buildTemplate('en-felles-planprosess', { language, variant: 'arealdel' });
      if (arealdel.kind !== 'diagram') throw new Error('expected a diagram');
      const arealdelRefs = arealdel.document.nodes.map((node) => (node.type === 'prosessteg' ? node.data.legalRef : '')).join('\n');
      for (const ref of ['§ 10-1', '§ 4-1', '§ 5-3', '§ 11-14', '§ 5-4']) expect(arealdelRefs, ref).toContain(ref);
    }
  });

  it('marks every note of a canvas worksheet as a prompt, and nothing else', () => {
    for (const id of templateIds) {
      const built = buildTemplate(id, { language: 'nb', municipalities: lister });
      if (built.kind !== 'canvas') continue;
      const shapes = shapesOf(built.snapshot);
      expect(shapes.filter((shape) => shape.type === 'note').length, id).toBeGreaterThan(0);
      for (const shape of shapes) expect(isPromptShape(shape), `${id} ${shape.id}`).toBe(shape.type === 'note');
    }
  });

  it('tells a board’s notes that are still its template’s prompts, in either language, from what the group wrote', () => {
    const template = getTemplate('vart-formal');
    const matches = templatePromptMatcher(template.variants.map((variant) => variant.content as CanvasContent));
    for (const language of languages) {
      const built = buildTemplate('vart-formal', { language, municipalities: lister });
      if (built.kind !== 'canvas') throw new Error('a canvas template');
      const notes = shapesOf(built.snapshot).filter((shape) => shape.type === 'note');
      expect(
        notes.some((note) => note.id.endsWith('-note')),
        'a municipality space’s note',
      ).toBe(true);
      for (const note of notes) expect(matches(note.id, plainTextOf((note.props as { richText: unknown }).richText)), note.id).toBe(true);
      // Written in, or a note of the group's own, it is content.
      expect(matches(notes[0]!.id, 'Vi deler utkast innen to uker')).toBe(false);
      expect(matches('shape:AbC123xyz', plainTextOf((notes[0]!.props as { richText: unknown }).richText))).toBe(false);
    }
    expect(buildTemplate('vart-formal', { language: 'nb', municipalities: lister })).toMatchObject({
      snapshot: { store: { 'document:document': { meta: { [promptsMarkedKey]: true } } } },
    });
  });

  it('builds the same board twice (stable ids, no randomness)', () => {
    for (const id of templateIds) {
      expect(buildTemplate(id, { language: 'nn', municipalities: lister })).toEqual(buildTemplate(id, { language: 'nn', municipalities: lister }));
    }
  });
});
