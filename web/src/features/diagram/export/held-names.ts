import { laneLabelInset, type Band } from '../layout/background-bands';

/** The width of a lane's name held at a page's left edge, in diagram units. */
export const heldLaneWidth = 200;

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Puts a plan phase's lane names in a column at the picture's left edge (up to `columnRight`), and
 * the phase names along its top, where their own are outside the picture, in the diagram's
 * coordinates inside the viewport (so the picture takes them in). Returns the element to take away
 * once the picture is made.
 */
export function holdNames(viewportElement: HTMLElement, bands: Band[], picture: Box, columnRight: number): HTMLElement {
  const layer = document.createElement('div');
  layer.className = 'diagram-held-names';
  const add = (className: string, box: Box, text = '') => {
    const element = document.createElement('div');
    element.className = className;
    element.textContent = text;
    element.style.transform = `translate(${box.x}px, ${box.y}px)`;
    element.style.width = `${box.width}px`;
    element.style.height = `${box.height}px`;
    layer.append(element);
  };
  const bottom = picture.y + picture.height;
  const lanes = bands.filter((band) => band.kind === 'lane' && band.x + laneLabelInset < picture.x && band.y < bottom && band.y + band.height > picture.y);
  const column = lanes.length > 0 ? { x: picture.x, y: picture.y, width: columnRight - picture.x, height: picture.height } : null;
  // The column is opaque from top to bottom: nothing of the phases to the left shows beside the names.
  if (column) add('pinned-band pinned-band--corner', column);
  for (const lane of lanes) {
    const top = Math.max(lane.y, picture.y);
    add('pinned-band pinned-band--lane', { x: picture.x, y: top, width: column!.width, height: Math.min(bottom, lane.y + lane.height) - top }, lane.label);
  }
  for (const phase of bands) {
    if (phase.kind !== 'phase' || phase.y >= picture.y) continue;
    const left = Math.max(phase.x, column ? columnRight : picture.x);
    const right = Math.min(phase.x + phase.width, picture.x + picture.width);
    if (right - left >= 48) add('pinned-band pinned-band--phase', { x: left, y: picture.y, width: right - left, height: phase.height }, phase.label);
  }
  viewportElement.append(layer);
  return layer;
}
