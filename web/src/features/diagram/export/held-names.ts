import type { Rect } from '@xyflow/react';
import type { Band } from '../layout/background-bands';
import { heldBandNames } from '../layout/held-band-names';

/** The width of a lane's name held at a page's left edge, in diagram units. */
export const heldLaneWidth = 200;

/**
 * Puts a plan phase's lane names in a column at the picture's left edge (up to `columnRight`), and
 * the phase names along its top, where their own are outside the picture (`heldBandNames`, as on
 * screen), in the diagram's coordinates inside the viewport so the picture takes them in. Returns
 * the element to take away once the picture is made.
 */
export function holdNames(viewportElement: HTMLElement, bands: Band[], picture: Rect, columnRight: number): HTMLElement {
  const layer = document.createElement('div');
  layer.className = 'diagram-held-names';
  const frame = { left: picture.x, top: picture.y, right: picture.x + picture.width, bottom: picture.y + picture.height };
  // The column is opaque from top to bottom: nothing of the phases to the left shows beside the names.
  const held = heldBandNames(bands, { x: 0, y: 0, zoom: 1 }, frame, { laneWidth: columnRight - picture.x, fullColumn: true });
  for (const { kind, text, left, top, width, height } of held) {
    const element = document.createElement('div');
    element.className = `pinned-band pinned-band--${kind}`;
    element.textContent = text;
    element.style.transform = `translate(${left}px, ${top}px)`;
    element.style.width = `${width}px`;
    element.style.height = `${height}px`;
    layer.append(element);
  }
  viewportElement.append(layer);
  return layer;
}
