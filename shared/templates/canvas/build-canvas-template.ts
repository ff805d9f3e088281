import {
  createBindingId,
  createShapeId,
  createTLSchema,
  DocumentRecordType,
  PageRecordType,
  TLDOCUMENT_ID,
  toRichText,
  type TLArrowBinding,
  type TLArrowShape,
  type TLFrameShape,
  type TLGeoShape,
  type TLNoteShape,
  type TLPage,
  type TLParentId,
  type TLRecord,
  type TLShapeId,
  type TLTextShape,
} from '@tldraw/tlschema';
import type { Language } from '../../schemas/language';
import { spaceNames, type NamedMunicipality } from '../template-municipalities';
import type { CanvasArrow, CanvasContent, CanvasFrame, CanvasGeo, CanvasMunicipalitySpaces, CanvasNote, CanvasText } from './canvas-content';
import { promptMeta, promptsMarkedKey } from './prompt-note';

/** tldraw's default schema (default shapes, bindings and assets), the one canvas rooms use. */
const tlSchema = createTLSchema();

type IndexKey = TLPage['index'];
type SerializedTLSchema = ReturnType<typeof tlSchema.serialize>;

/**
 * A tldraw store snapshot (`TLStoreSnapshot`): the document's records by id, and the schema they
 * were written with, so tldraw can migrate them when its own schema moves on.
 */
export interface CanvasSnapshot {
  store: Record<string, TLRecord>;
  schema: SerializedTLSchema;
}

export interface BuildCanvasOptions {
  language: Language;
  /** The region's members; one space each where the content asks for it. */
  municipalities: readonly NamedMunicipality[];
  /** The name of the board's single page (the template's title). */
  pageName: string;
}

/** The one page a template board has. */
export const templatePageId = PageRecordType.createId('page');

/** The font templates use: plain sans-serif reads better than tldraw's hand-drawn default. */
const font = 'sans';

/** tldraw's note is 200 × 200 and grows downwards for long text. */
const noteSize = 200;
const labelPadding = 16;
const labelFontSize = { s: 18, m: 22, l: 26, xl: 32 } as const;
const lineHeight = 1.35;

const base62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/**
 * The n-th (0-based) fractional index key in ascending order: "a1" … "az", then "b00" … (the
 * integer part of tldraw's fractional indexing, so the keys sort as they should).
 */
export function indexKeyAt(n: number): IndexKey {
  if (n < 61) return `a${base62[n + 1]}` as IndexKey;
  const rest = n - 61;
  if (rest >= 62 * 62) throw new Error(`Too many siblings for one parent (${n + 1})`);
  return `b${base62[Math.floor(rest / 62)]}${base62[rest % 62]}` as IndexKey;
}

/**
 * How tall a label of this text gets in a box of this width: a rough measure (about half an em per
 * character, words wrapped) so notes and geo shapes are stored tall enough for their text. tldraw
 * measures exactly when someone edits the shape.
 */
export function estimateLabelHeight(text: string, width: number, size: keyof typeof labelFontSize): number {
  const fontSize = labelFontSize[size];
  const perLine = Math.max(1, Math.floor((width - labelPadding * 2) / (fontSize * 0.55)));
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let line = 0;
    lines += 1;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const needed = line === 0 ? word.length : line + 1 + word.length;
      if (needed > perLine && line > 0) {
        lines += Math.ceil(word.length / perLine);
        line = word.length % perLine;
      } else line = needed;
    }
  }
  return Math.ceil(lines * fontSize * lineHeight + labelPadding * 2);
}

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/**
 * Turns a canvas template's content into a tldraw store snapshot in one language: a document, one
 * page, and a shape per frame, note, text and geo item (frames' children are parented to the frame
 * and placed relative to it), arrows bound to the shapes they join, and a frame with a note for
 * each member municipality where the content has municipality spaces.
 *
 * Shape ids are `shape:<key>` (municipality spaces: `shape:<key>-<n>` and `shape:<key>-<n>-note`),
 * so the same template always gives the same ids; every board is its own store.
 * @param content parsed content (defaults filled in)
 * @returns a snapshot tldraw can load (`loadSnapshot`, `TLSocketRoom`'s `initialSnapshot`)
 * @example buildCanvasTemplate(content, { language: 'nn', municipalities, pageName: 'Vårt formål' })
 */
export function buildCanvasTemplate(content: CanvasContent, options: BuildCanvasOptions): CanvasSnapshot {
  const { language } = options;
  const records: TLRecord[] = [
    DocumentRecordType.create({ id: TLDOCUMENT_ID, name: options.pageName, meta: { [promptsMarkedKey]: true } }),
    PageRecordType.create({ id: templatePageId, name: options.pageName, index: indexKeyAt(0) }),
  ];
  /** Where each keyed shape ended up on the page, for arrows. */
  const boxes = new Map<string, Box>();
  const idOf = (key: string): TLShapeId => createShapeId(key);

  const shapeBase = (key: string, parentId: TLParentId, index: number, x: number, y: number) => ({
    id: idOf(key),
    typeName: 'shape' as const,
    x,
    y,
    rotation: 0,
    index: indexKeyAt(index),
    parentId,
    isLocked: false,
    opacity: 1,
    meta: {},
  });

  const addNote = (item: CanvasNote, parentId: TLParentId, index: number, origin: { x: number; y: number }) => {
    const text = item.text[language];
    const growY = Math.max(0, estimateLabelHeight(text, noteSize, item.size) - noteSize);
    const note: TLNoteShape = {
      ...shapeBase(item.key, parentId, index, item.x, item.y),
      meta: { ...promptMeta },
      type: 'note',
      props: {
        color: item.color,
        labelColor: 'black',
        size: item.size,
        font,
        fontSizeAdjustment: 1,
        align: 'middle',
        verticalAlign: 'middle',
        growY,
        url: '',
        richText: toRichText(text),
        scale: 1,
        textLastEditedBy: null,
      },
    };
    records.push(note);
    boxes.set(item.key, { x: origin.x + item.x, y: origin.y + item.y, w: noteSize, h: noteSize + growY });
  };

  const addText = (item: CanvasText, parentId: TLParentId, index: number, origin: { x: number; y: number }) => {
    const text = item.text[language];
    const width = item.width ?? Math.max(8, Math.ceil(Math.max(...text.split('\n').map((line) => line.length)) * labelFontSize[item.size] * 0.55));
    const shape: TLTextShape = {
      ...shapeBase(item.key, parentId, index, item.x, item.y),
      type: 'text',
      props: {
        color: item.color,
        size: item.size,
        font,
        textAlign: item.align,
        w: item.width ?? 8,
        richText: toRichText(text),
        scale: 1,
        autoSize: item.width === undefined,
      },
    };
    records.push(shape);
    boxes.set(item.key, {
      x: origin.x + item.x,
      y: origin.y + item.y,
      w: width,
      h: estimateLabelHeight(text, width + labelPadding * 2, item.size) - labelPadding * 2,
    });
  };

  const addGeo = (item: CanvasGeo, parentId: TLParentId, index: number, origin: { x: number; y: number }) => {
    const text = item.text?.[language] ?? '';
    const growY = text === '' ? 0 : Math.max(0, estimateLabelHeight(text, item.w, item.size) - item.h);
    const shape: TLGeoShape = {
      ...shapeBase(item.key, parentId, index, item.x, item.y),
      type: 'geo',
      props: {
        geo: item.geo,
        dash: item.dash,
        url: '',
        w: item.w,
        h: item.h,
        growY,
        scale: 1,
        labelColor: 'black',
        color: item.color,
        fill: item.fill,
        size: item.size,
        font,
        align: item.align,
        verticalAlign: item.verticalAlign,
        richText: toRichText(text),
        flipX: false,
        flipY: false,
      },
    };
    records.push(shape);
    boxes.set(item.key, { x: origin.x + item.x, y: origin.y + item.y, w: item.w, h: item.h + growY });
  };

  const frameRecord = (key: string, parentId: TLParentId, index: number, box: Box, name: string, color: CanvasFrame['color']): TLFrameShape => ({
    ...shapeBase(key, parentId, index, box.x, box.y),
    type: 'frame',
    props: { w: box.w, h: box.h, name, color },
  });

  /** Lays out the spaces; returns how far down (relative to the frame) they reach. */
  const addMunicipalitySpaces = (item: CanvasMunicipalitySpaces, parentId: TLParentId, firstIndex: number, origin: { x: number; y: number }) => {
    const names = spaceNames(options.municipalities, item.placeholders, item.placeholderName[language]);
    let bottom = item.y;
    names.forEach((name, n) => {
      const column = n % item.columns;
      const row = Math.floor(n / item.columns);
      const box = { x: item.x + column * (item.width + item.gap), y: item.y + row * (item.height + item.gap), w: item.width, h: item.height };
      const spaceKey = `${item.key}-${n + 1}`;
      records.push(frameRecord(spaceKey, parentId, firstIndex + n, box, name, 'black'));
      boxes.set(spaceKey, { ...box, x: origin.x + box.x, y: origin.y + box.y });
      const noteKey = `${spaceKey}-note`;
      const note = { kind: 'note', key: noteKey, x: 20, y: 20, text: item.prompt, color: item.color, size: 's' } as const;
      addNote(note, idOf(spaceKey), 0, { x: origin.x + box.x, y: origin.y + box.y });
      bottom = Math.max(bottom, box.y + box.h);
    });
    return { bottom, count: names.length };
  };

  const addFrame = (item: CanvasFrame, index: number) => {
    const frameId = idOf(item.key);
    const frameAt = records.length;
    records.push(frameRecord(item.key, templatePageId, index, item, item.title[language], item.color));
    const origin = { x: item.x, y: item.y };
    let childIndex = 0;
    let bottom = 0;
    for (const child of item.children) {
      if (child.kind === 'note') addNote(child, frameId, childIndex++, origin);
      else if (child.kind === 'text') addText(child, frameId, childIndex++, origin);
      else if (child.kind === 'geo') addGeo(child, frameId, childIndex++, origin);
      else {
        const spaces = addMunicipalitySpaces(child, frameId, childIndex, origin);
        childIndex += spaces.count;
        bottom = Math.max(bottom, spaces.bottom);
      }
    }
    // The number of members is known only now: a frame holding their spaces grows to fit them.
    const h = Math.max(item.h, bottom + 30);
    records[frameAt] = frameRecord(item.key, templatePageId, index, { ...item, h }, item.title[language], item.color);
    boxes.set(item.key, { x: item.x, y: item.y, w: item.w, h });
  };

  const arrows: Array<{ item: CanvasArrow; index: number }> = [];
  content.items.forEach((item, index) => {
    if (item.kind === 'frame') addFrame(item, index);
    else if (item.kind === 'note') addNote(item, templatePageId, index, { x: 0, y: 0 });
    else if (item.kind === 'text') addText(item, templatePageId, index, { x: 0, y: 0 });
    else if (item.kind === 'geo') addGeo(item, templatePageId, index, { x: 0, y: 0 });
    else arrows.push({ item, index });
  });
  // Arrows last: they need the boxes of the shapes they join.
  for (const { item, index } of arrows) records.push(...arrowRecords(item, index));

  function arrowRecords(item: CanvasArrow, index: number): [TLArrowShape, TLArrowBinding, TLArrowBinding] {
    const from = boxes.get(item.from);
    const to = boxes.get(item.to);
    if (!from || !to) throw new Error(`Arrow ${item.key} joins a shape that is not on the board`);
    const start = { x: from.x + from.w / 2, y: from.y + from.h / 2 };
    const end = { x: to.x + to.w / 2, y: to.y + to.h / 2 };
    const arrow: TLArrowShape = {
      ...shapeBase(item.key, templatePageId, index, start.x, start.y),
      type: 'arrow',
      props: {
        kind: 'arc',
        elbowMidPoint: 0.5,
        dash: item.dash,
        size: 's',
        fill: 'none',
        color: item.color,
        labelColor: 'black',
        bend: 0,
        start: { x: 0, y: 0 },
        end: { x: end.x - start.x, y: end.y - start.y },
        arrowheadStart: 'none',
        arrowheadEnd: 'arrow',
        richText: toRichText(item.text?.[language] ?? ''),
        labelPosition: 0.5,
        font,
        scale: 1,
      },
    };
    const binding = (terminal: 'start' | 'end', target: string): TLArrowBinding => ({
      id: createBindingId(`${item.key}-${terminal}`),
      typeName: 'binding',
      type: 'arrow',
      fromId: arrow.id,
      toId: idOf(target),
      props: { terminal, normalizedAnchor: { x: 0.5, y: 0.5 }, isExact: false, isPrecise: false, snap: 'none' },
      meta: {},
    });
    return [arrow, binding('start', item.from), binding('end', item.to)];
  }

  const store: Record<string, TLRecord> = {};
  for (const record of records) {
    if (store[record.id]) throw new Error(`Two records of the template have the id ${record.id}`);
    store[record.id] = record;
  }
  return { store, schema: tlSchema.serialize() };
}
