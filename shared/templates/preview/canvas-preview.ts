import type { PreviewLine, PreviewModel, PreviewShape } from './preview-model';
import { plainTextOf } from '../../canvas-plain-text';

/** A canvas record as stored (tldraw store snapshot or room snapshot); its other fields are read loosely. */
export interface LooseRecord {
  readonly id: string;
  readonly typeName: string;
}

interface ShapeRecord {
  id: string;
  type: string;
  x: number;
  y: number;
  parentId: string;
  index: string;
  props: Record<string, unknown>;
}

/** tldraw's default colours (light theme), near enough for a thumbnail. */
export const canvasColorHex: Record<string, string> = {
  black: '#1d1d1d',
  grey: '#9fa8b2',
  'light-violet': '#e085f4',
  violet: '#ae3ec9',
  blue: '#4465e9',
  'light-blue': '#4ba1f1',
  yellow: '#f1ac4b',
  orange: '#e16919',
  green: '#099268',
  'light-green': '#4cb05e',
  'light-red': '#f87777',
  red: '#e03131',
  white: '#ffffff',
};

const colorOf = (props: Record<string, unknown>, fallback = 'black') => canvasColorHex[String(props.color ?? fallback)] ?? canvasColorHex[fallback]!;
const num = (value: unknown, fallback = 0) => (typeof value === 'number' && Number.isFinite(value) ? value : fallback);
const point = (value: unknown) => {
  const p = value as { x?: unknown; y?: unknown } | null;
  return { x: num(p?.x), y: num(p?.y) };
};

/** The plain text of a tldraw rich text (paragraphs of text nodes). */
const asShape = (loose: LooseRecord): ShapeRecord | null => {
  const record = loose as LooseRecord & Record<string, unknown>;
  return record.typeName === 'shape' && typeof record.type === 'string' && typeof record.parentId === 'string'
    ? {
        id: record.id,
        type: record.type,
        x: num(record.x),
        y: num(record.y),
        parentId: record.parentId,
        index: String(record.index ?? ''),
        props: (record.props as Record<string, unknown> | undefined) ?? {},
      }
    : null;
};

const byIndex = (a: { index: string }, b: { index: string }) => (a.index < b.index ? -1 : a.index > b.index ? 1 : 0);

/**
 * The preview of a canvas board: the shapes of its first page, placed on the page (children of
 * frames and groups made absolute; rotation is ignored), frames as areas with their names, notes,
 * geometric shapes, text as grey bars, images as boxes, arrows and lines as lines.
 * @param records every record of the board (pages, shapes, bindings, …)
 */
export function canvasPreview(records: Iterable<LooseRecord>): PreviewModel {
  const all = [...records];
  const pages = all
    .filter((record) => record.typeName === 'page')
    .map((page) => ({ id: page.id, index: String((page as LooseRecord & { index?: unknown }).index ?? '') }));
  const firstPage = pages.sort(byIndex)[0]?.id;
  const shapes = new Map<string, ShapeRecord>();
  for (const record of all) {
    const shape = asShape(record);
    if (shape) shapes.set(shape.id, shape);
  }

  /** The shape's page and its position on it, or null when it is not on a page. */
  const placed = new Map<string, { x: number; y: number; page: string } | null>();
  const place = (shape: ShapeRecord, depth = 0): { x: number; y: number; page: string } | null => {
    if (placed.has(shape.id)) return placed.get(shape.id)!;
    let result: { x: number; y: number; page: string } | null = null;
    if (!shapes.has(shape.parentId)) result = { x: shape.x, y: shape.y, page: shape.parentId };
    else if (depth < 50) {
      const parent = place(shapes.get(shape.parentId)!, depth + 1);
      result = parent ? { x: parent.x + shape.x, y: parent.y + shape.y, page: parent.page } : null;
    }
    placed.set(shape.id, result);
    return result;
  };

  // Drawn parents first, then children, each level in its own order, so areas lie under their content.
  const depthOf = (shape: ShapeRecord) => {
    let depth = 0;
    for (let parent = shapes.get(shape.parentId); parent && depth < 50; parent = shapes.get(parent.parentId)) depth += 1;
    return depth;
  };
  const ordered = [...shapes.values()].sort((a, b) => depthOf(a) - depthOf(b) || byIndex(a, b));

  const drawn: PreviewShape[] = [];
  const lines: PreviewLine[] = [];
  const areas: Array<{ name: string; x: number; y: number }> = [];
  let notes = 0;
  let items = 0;
  for (const shape of ordered) {
    const at = place(shape);
    if (!at || at.page !== firstPage) continue;
    const { props } = shape;
    const scale = num(props.scale, 1);
    if (shape.type === 'frame') {
      const name = String(props.name ?? '');
      drawn.push({ kind: 'area', x: at.x, y: at.y, w: num(props.w), h: num(props.h), color: colorOf(props), label: name, level: depthOf(shape) });
      if (!shapes.has(shape.parentId) && name.trim()) areas.push({ name: name.trim(), x: at.x, y: at.y });
    } else if (shape.type === 'note') {
      notes += 1;
      drawn.push({ kind: 'note', x: at.x, y: at.y, w: 200 * scale, h: (200 + num(props.growY)) * scale, color: colorOf(props, 'yellow') });
    } else if (shape.type === 'geo') {
      items += 1;
      const geo = String(props.geo ?? 'rectangle');
      const kind = geo === 'ellipse' || geo === 'oval' ? 'ellipse' : geo === 'diamond' ? 'diamond' : 'rect';
      drawn.push({ kind, x: at.x, y: at.y, w: num(props.w), h: num(props.h) + num(props.growY), color: colorOf(props) });
    } else if (shape.type === 'text') {
      items += 1;
      const text = plainTextOf(props.richText);
      const size = { s: 18, m: 24, l: 36, xl: 44 }[String(props.size)] ?? 24;
      const longest = Math.max(1, ...text.split('\n').map((line) => line.length));
      const w = props.autoSize === false ? num(props.w) : Math.min(longest * size * 0.55, 1200);
      drawn.push({ kind: 'text', x: at.x, y: at.y, w: w * scale, h: size * 1.35 * Math.max(1, text.split('\n').length) * scale, color: colorOf(props) });
    } else if (shape.type === 'arrow') {
      const start = point(props.start);
      const end = point(props.end);
      lines.push({
        points: [
          { x: at.x + start.x, y: at.y + start.y },
          { x: at.x + end.x, y: at.y + end.y },
        ],
        color: colorOf(props),
        dashed: props.dash === 'dashed' || props.dash === 'dotted',
        arrow: props.arrowheadEnd !== 'none',
      });
    } else if (shape.type === 'line') {
      const points = Object.values((props.points as Record<string, { index?: string; x?: number; y?: number }> | undefined) ?? {})
        .sort((a, b) => byIndex({ index: String(a.index ?? '') }, { index: String(b.index ?? '') }))
        .map((p) => ({ x: at.x + num(p.x), y: at.y + num(p.y) }));
      if (points.length > 1) lines.push({ points, color: colorOf(props), dashed: props.dash === 'dashed' || props.dash === 'dotted', arrow: false });
    } else if (typeof props.w === 'number' && typeof props.h === 'number') {
      // Images, videos, bookmarks, embeds: a box of their size.
      items += 1;
      drawn.push({ kind: 'rect', x: at.x, y: at.y, w: num(props.w), h: num(props.h), color: canvasColorHex.grey! });
    }
  }
  // Reading order: top to bottom in rows, then left to right.
  areas.sort((a, b) => (Math.abs(a.y - b.y) < 80 ? a.x - b.x : a.y - b.y));
  return { shapes: drawn, lines, summary: { areas: areas.map((area) => area.name), lanes: [], notes, items, connections: lines.length } };
}
