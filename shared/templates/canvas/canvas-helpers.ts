import type { z } from 'zod';
import type { Localized } from '../localized';
import type { CanvasColor, canvasNoteSchema } from './canvas-content';

type CanvasNoteInput = z.input<typeof canvasNoteSchema>;

/** Width of a tldraw note, and the room between notes placed by `noteGrid`. */
export const noteStep = { x: 230, y: 250 } as const;

/**
 * Notes in a grid, left to right and then down, keyed `<prefix>-1`, `<prefix>-2` …; a shorthand
 * for the template files, which stay plain data.
 * @example noteGrid('hvorfor', [loc('…', '…'), loc('…', '…')], { x: 20, y: 70, color: 'light-blue' })
 */
export function noteGrid(
  prefix: string,
  texts: readonly Localized[],
  options: { x?: number; y?: number; columns?: number; color?: CanvasColor } = {},
): CanvasNoteInput[] {
  const { x = 20, y = 70, columns = 3, color = 'yellow' } = options;
  return texts.map((text, index) => ({
    kind: 'note',
    key: `${prefix}-${index + 1}`,
    x: x + (index % columns) * noteStep.x,
    y: y + Math.floor(index / columns) * noteStep.y,
    text,
    color,
  }));
}
