import type { TLRecord, TLRichText } from '@tldraw/tlschema';
import { describe, expect, it } from 'vitest';
import { languages } from '../../schemas/language';
import { buildTemplate, getTemplate } from '../build-template';
import { templateIds } from '../index';
import { frameNameRoom } from './canvas-content';
import { plainTextOf } from '../../canvas-plain-text';

type Shape = TLRecord & { typeName: 'shape'; parentId: string; x: number; y: number; props: Record<string, unknown> };
interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** tldraw's text sizes for text shapes, in pixels. */
const fontSize: Record<string, number> = { s: 18, m: 24, l: 36, xl: 44 };

/**
 * A shape's size on the board: as stored for notes, geo shapes and frames; for a text, a generous
 * guess (half an em and more per letter, tldraw's line height), since only a browser measures it.
 */
function sizeOf(shape: Shape): { w: number; h: number } {
  const props = shape.props as { w?: number; h?: number; growY?: number; autoSize?: boolean; size?: string; richText?: TLRichText };
  if (shape.type === 'note') return { w: 200, h: 200 + (props.growY ?? 0) };
  if (shape.type === 'geo') return { w: props.w ?? 0, h: (props.h ?? 0) + (props.growY ?? 0) };
  if (shape.type === 'frame') return { w: props.w ?? 0, h: props.h ?? 0 };
  if (shape.type !== 'text') return { w: 0, h: 0 };
  const size = fontSize[props.size ?? 'm'] ?? 24;
  const paragraphs = plainTextOf(props.richText!).split('\n');
  const letter = size * 0.55;
  const w = props.autoSize ? Math.max(...paragraphs.map((line) => line.length)) * letter : (props.w ?? 0);
  const perLine = Math.max(1, Math.floor(w / letter));
  const lines = paragraphs.reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / perLine)), 0);
  return { w, h: lines * size * 1.35 };
}

const overlap = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

const canvasTemplates = templateIds.filter((id) => getTemplate(id).kind === 'canvas');
const regions: Record<string, string[]> = {
  'no members': [],
  'six members': ['Farsund', 'Flekkefjord', 'Hægebostad', 'Kvinesdal', 'Lyngdal', 'Sirdal'],
  'twelve members': Array.from({ length: 12 }, (_, n) => `Kommune ${String.fromCharCode(65 + n)}`),
};

describe('room for the frames’ names in the canvas worksheets', () => {
  it.each(canvasTemplates.flatMap((id) => languages.flatMap((language) => Object.keys(regions).map((region) => [id, language, region] as const))))(
    '%s (%s, %s): nothing lies in the band above a frame where tldraw draws its name',
    (id, language, region) => {
      const built = buildTemplate(id, { language, municipalities: regions[region] });
      if (built.kind !== 'canvas') throw new Error('canvas expected');
      const shapes = Object.values(built.snapshot.store).filter((record): record is Shape => record.typeName === 'shape');
      const byId = new Map(shapes.map((shape) => [shape.id as string, shape]));
      const ancestors = (shape: Shape): string[] => {
        const parent = byId.get(shape.parentId);
        return parent ? [parent.id, ...ancestors(parent)] : [];
      };
      const boxOf = (shape: Shape): Box => {
        const above = ancestors(shape).map((parentId) => byId.get(parentId)!);
        return {
          x: shape.x + above.reduce((sum, parent) => sum + parent.x, 0),
          y: shape.y + above.reduce((sum, parent) => sum + parent.y, 0),
          ...sizeOf(shape),
        };
      };
      const clashes: string[] = [];
      for (const frame of shapes.filter((shape) => shape.type === 'frame')) {
        const box = boxOf(frame);
        const band = { x: box.x, y: box.y - frameNameRoom, w: box.w, h: frameNameRoom };
        for (const other of shapes) {
          // Arrows run between shapes; the frames around this one hold its name.
          if (other === frame || other.type === 'arrow' || ancestors(frame).includes(other.id)) continue;
          if (overlap(band, boxOf(other))) clashes.push(`${frame.id} × ${other.id}`);
        }
      }
      expect(clashes).toEqual([]);
    },
  );
});
