import { z } from 'zod';
import { localizedSchema } from '../localized';

/**
 * What a canvas template is made of, independent of tldraw: frames with titles, sticky notes,
 * text labels, geometric shapes and arrows, with every text in bokmål and nynorsk.
 * `build-canvas-template.ts` turns it into tldraw records. Positions are in canvas pixels; the
 * children of a frame are placed relative to the frame's top-left corner.
 */

/**
 * Room to keep clear above every frame, in canvas pixels. tldraw draws a frame's name above the
 * frame at one size on screen (28 px), so the further out a worksheet is zoomed, the higher the
 * name stands on the board: 93 canvas pixels at the 30 % a worksheet opens at on a small screen,
 * and never more than 98 (tldraw scales the name by at most 3.5). tldraw also cuts a name that is
 * wider than its frame on screen, so frames are wide enough for their names at 30 %.
 */
export const frameNameRoom = 100;

/** tldraw's default colour names (tldraw 5); templates use them as they are. */
export const canvasColors = [
  'black',
  'grey',
  'light-violet',
  'violet',
  'blue',
  'light-blue',
  'yellow',
  'orange',
  'green',
  'light-green',
  'light-red',
  'red',
  'white',
] as const;
export type CanvasColor = (typeof canvasColors)[number];

/** The geometric shapes templates use (a subset of tldraw's `geo` styles). */
export const canvasGeoKinds = ['rectangle', 'ellipse', 'oval', 'diamond', 'hexagon', 'star', 'arrow-right', 'arrow-up'] as const;
export type CanvasGeoKind = (typeof canvasGeoKinds)[number];

/** Text sizes, as in tldraw: small, medium, large, extra large. */
export const canvasSizes = ['s', 'm', 'l', 'xl'] as const;
export type CanvasSize = (typeof canvasSizes)[number];

const key = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'A key is lower case letters, digits and hyphens.')
  .max(60);
const coordinate = z.number().finite().min(-20000).max(20000);
const length = z.number().finite().positive().max(20000);
const color = z.enum(canvasColors);
const size = z.enum(canvasSizes);
const shortText = localizedSchema(400);
const align = z.enum(['start', 'middle', 'end']);

/** A sticky note: a prompt or an example for the group to react to. */
export const canvasNoteSchema = z.strictObject({
  kind: z.literal('note'),
  key,
  x: coordinate,
  y: coordinate,
  text: shortText,
  color: color.default('yellow'),
  size: size.default('s'),
});

/** A text label: a heading or an instruction. Without `width` it sizes itself to its text. */
export const canvasTextSchema = z.strictObject({
  kind: z.literal('text'),
  key,
  x: coordinate,
  y: coordinate,
  width: length.optional(),
  text: localizedSchema(1000),
  color: color.default('black'),
  size: size.default('m'),
  align: align.default('start'),
});

/** A geometric shape, with an optional label inside it. */
export const canvasGeoSchema = z.strictObject({
  kind: z.literal('geo'),
  key,
  x: coordinate,
  y: coordinate,
  w: length,
  h: length,
  geo: z.enum(canvasGeoKinds).default('rectangle'),
  text: localizedSchema(600).optional(),
  color: color.default('black'),
  fill: z.enum(['none', 'semi', 'solid', 'pattern']).default('none'),
  dash: z.enum(['draw', 'solid', 'dashed', 'dotted']).default('solid'),
  size: size.default('s'),
  align: align.default('middle'),
  verticalAlign: align.default('middle'),
});

/**
 * One space per member municipality of the region, laid out in a grid: a frame named after the
 * municipality holding a prompt note. With no members (a preview), `placeholders` spaces named
 * "<placeholderName> 1", "… 2" are drawn instead.
 */
export const canvasMunicipalitySpacesSchema = z.strictObject({
  kind: z.literal('municipality-spaces'),
  key,
  x: coordinate,
  y: coordinate,
  columns: z.number().int().min(1).max(12),
  width: length,
  height: length,
  gap: z.number().finite().min(0).max(400),
  prompt: shortText,
  color: color.default('light-blue'),
  placeholders: z.number().int().min(1).max(12),
  placeholderName: localizedSchema(60),
});

/** What a frame can hold. */
export const canvasFrameChildSchema = z.discriminatedUnion('kind', [canvasNoteSchema, canvasTextSchema, canvasGeoSchema, canvasMunicipalitySpacesSchema]);

/**
 * A titled frame. A frame holding municipality spaces grows downwards to fit them, since the
 * number of members is only known when the board is made.
 */
export const canvasFrameSchema = z.strictObject({
  kind: z.literal('frame'),
  key,
  x: coordinate,
  y: coordinate,
  w: length,
  h: length,
  title: localizedSchema(200),
  color: color.default('black'),
  children: z.array(canvasFrameChildSchema).max(200),
});

/** An arrow bound to two shapes (by key), so it follows them when they move. */
export const canvasArrowSchema = z.strictObject({
  kind: z.literal('arrow'),
  key,
  from: key,
  to: key,
  text: localizedSchema(200).optional(),
  color: color.default('black'),
  dash: z.enum(['draw', 'solid', 'dashed', 'dotted']).default('solid'),
});

/** What the canvas itself can hold. Arrows live on the page and may join shapes in frames. */
export const canvasItemSchema = z.discriminatedUnion('kind', [canvasFrameSchema, canvasNoteSchema, canvasTextSchema, canvasGeoSchema, canvasArrowSchema]);

/** Every key of a canvas content, with the kind of item it names (frames' children included). */
export function canvasKeys(items: CanvasContent['items']): Map<string, string> {
  const keys = new Map<string, string>();
  for (const item of items) {
    keys.set(item.key, item.kind);
    if (item.kind === 'frame') for (const child of item.children) keys.set(child.key, child.kind);
  }
  return keys;
}

/**
 * A canvas template's content. Checks that keys are unique and that arrows join existing notes,
 * texts, geo shapes or frames.
 */
export const canvasContentSchema = z
  .strictObject({
    kind: z.literal('canvas'),
    items: z.array(canvasItemSchema).min(1).max(500),
  })
  .superRefine((content, context) => {
    const seen = new Set<string>();
    const visit = (itemKey: string, path: (string | number)[]) => {
      if (seen.has(itemKey)) context.addIssue({ code: 'custom', path, message: `The key «${itemKey}» is used twice.` });
      seen.add(itemKey);
    };
    content.items.forEach((item, index) => {
      visit(item.key, ['items', index, 'key']);
      if (item.kind === 'frame') item.children.forEach((child, at) => visit(child.key, ['items', index, 'children', at, 'key']));
    });
    const keys = canvasKeys(content.items);
    content.items.forEach((item, index) => {
      if (item.kind !== 'arrow') return;
      for (const end of ['from', 'to'] as const) {
        const kind = keys.get(item[end]);
        if (kind === undefined || kind === 'arrow' || kind === 'municipality-spaces') {
          context.addIssue({ code: 'custom', path: ['items', index, end], message: `«${item[end]}» is not a shape an arrow can join.` });
        }
      }
    });
  });

export type CanvasNote = z.infer<typeof canvasNoteSchema>;
export type CanvasText = z.infer<typeof canvasTextSchema>;
export type CanvasGeo = z.infer<typeof canvasGeoSchema>;
export type CanvasMunicipalitySpaces = z.infer<typeof canvasMunicipalitySpacesSchema>;
export type CanvasFrame = z.infer<typeof canvasFrameSchema>;
export type CanvasArrow = z.infer<typeof canvasArrowSchema>;
export type CanvasItem = z.infer<typeof canvasItemSchema>;
export type CanvasContent = z.infer<typeof canvasContentSchema>;
/** Content as written in a template file: fields with defaults may be left out. */
export type CanvasContentInput = z.input<typeof canvasContentSchema>;
