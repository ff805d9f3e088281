// @vitest-environment happy-dom
import { getViewportForBounds, Position } from '@xyflow/react';
import { linkPath } from '../components/canvas/link-path';
import { beforeEach, describe, expect, it } from 'vitest';
import { diagramPreview, type DiagramPreviewView } from '../../../../../shared/web/diagram-preview';
import { fitOptions, rememberDiagramView, smallestZoom } from '../components/canvas/opening-view';
import { placePreview } from './place-preview';

const area = { width: 1200, height: 800 };

type Box = { x: number; y: number; width: number; height: number };

/**
 * A picture as the server puts it in a page: hidden, React Flow's viewport and dots at 100 %, and
 * boxes as the browser lays them out (happy-dom lays nothing out: their boxes are given, as is the
 * picture's size under the workspace bar once shown).
 */
function pictureInPage(view: DiagramPreviewView | string, boxes: Box[]) {
  document.body.innerHTML =
    `<div id="${diagramPreview.elementId}" hidden ${diagramPreview.viewAttribute}='${typeof view === 'string' ? view : JSON.stringify(view)}'>` +
    '<div class="react-flow__viewport" style="transform:translate(0px,0px) scale(1)">' +
    boxes.map(() => '<div class="react-flow__node"></div>').join('') +
    '</div><svg class="react-flow__background"><pattern x="0" y="0" width="24" height="24"><circle cx="0.5" cy="0.5" r="0.5"></circle></pattern></svg></div>';
  const picture = document.getElementById(diagramPreview.elementId)!;
  Object.defineProperty(picture, 'clientWidth', { get: () => (picture.hidden ? 0 : area.width) });
  Object.defineProperty(picture, 'clientHeight', { get: () => (picture.hidden ? 0 : area.height) });
  // The viewport's origin is 48 px down the window, under the bar.
  const laidOut = (element: Element, box: Box) =>
    Object.defineProperty(element, 'getBoundingClientRect', { value: () => new DOMRect(box.x, box.y + 48, box.width, box.height) });
  laidOut(picture.querySelector('.react-flow__viewport')!, { x: 0, y: 0, width: 0, height: 0 });
  picture.querySelectorAll('.react-flow__node').forEach((node, index) => laidOut(node, boxes[index]!));
  return picture;
}

const transformOf = (picture: HTMLElement) => picture.querySelector<HTMLElement>('.react-flow__viewport')!.style.transform;
const small: DiagramPreviewView = { boardId: 'b1', labelled: { x: -70, y: -20, width: 1770, height: 970 }, links: [] };
/** Its boxes as laid out: the note on the right is wider than its stored size, as a note with text is. */
const smallBoxes = [
  { x: 100, y: 50, width: 200, height: 90 },
  { x: 1500, y: 860, width: 320, height: 90 },
];
/** A process of some hundred steps in one long row: too wide to make out whole. */
const long: DiagramPreviewView = { boardId: 'b2', labelled: { x: -170, y: -70, width: 48_170, height: 970 }, links: [] };
const longBoxes = [
  { x: 0, y: 0, width: 200, height: 90 },
  { x: 47_800, y: 810, width: 200, height: 90 },
];

describe("placing a diagram's server-drawn picture", () => {
  beforeEach(() => localStorage.clear());

  it('shows a small diagram whole, where React Flow fits its boxes as laid out, and its dots at that zoom', () => {
    const picture = pictureInPage(small, smallBoxes);
    placePreview();
    const measured = { x: 100, y: 50, width: 1720, height: 900 };
    const fit = getViewportForBounds(measured, area.width, area.height, smallestZoom, fitOptions.maxZoom, fitOptions.padding);
    expect(picture.hidden).toBe(false);
    expect(transformOf(picture)).toBe(`translate(${fit.x}px, ${fit.y}px) scale(${fit.zoom})`);
    const pattern = picture.querySelector('pattern')!;
    expect(Number(pattern.getAttribute('width'))).toBeCloseTo(24 * fit.zoom);
    expect(Number(picture.querySelector('circle')!.getAttribute('r'))).toBeCloseTo(fit.zoom / 2);
  });

  it('opens a long one at its start, or where this person last was on it, as the editor will', () => {
    const picture = pictureInPage(long, longBoxes);
    placePreview();
    const start = /translate\((-?[\d.]+)px, (-?[\d.]+)px\) scale\(([\d.]+)\)/.exec(transformOf(picture))!;
    expect(Number(start[3])).toBeGreaterThanOrEqual(0.5);

    rememberDiagramView('b2', { x: -20_000, y: 10, zoom: 0.75 });
    const again = pictureInPage(long, longBoxes);
    placePreview();
    expect(transformOf(again)).toBe('translate(-20000px, 10px) scale(0.75)');
  });

  it('draws the links again between the handles as laid out, with their labels at the new middles', () => {
    const picture = pictureInPage({ ...small, links: [['e1', 'a', 'b', 'sekvens']] }, smallBoxes);
    const [first, second] = picture.querySelectorAll('.react-flow__node');
    first!.setAttribute('data-id', 'a');
    second!.setAttribute('data-id', 'b');
    // The boxes' handles where the page laid them out: the second box is taller than the server knew.
    first!.innerHTML = '<div class="react-flow__handle-right"></div>';
    second!.innerHTML = '<div class="react-flow__handle-left"></div>';
    const at = (element: Element, box: Box) =>
      Object.defineProperty(element, 'getBoundingClientRect', { value: () => new DOMRect(box.x, box.y + 48, box.width, box.height) });
    at(first!.firstElementChild!, { x: 292, y: 87, width: 16, height: 16 });
    at(second!.firstElementChild!, { x: 1492, y: 957, width: 16, height: 16 });
    const viewport = picture.querySelector('.react-flow__viewport')!;
    viewport.insertAdjacentHTML(
      'afterbegin',
      '<svg><g class="react-flow__edge" data-id="e1"><path class="react-flow__edge-path" d="M0 0"></path></g></svg><div class="diagram-edge__label" data-edge-id="e1"></div>',
    );
    placePreview();
    const [path, labelX, labelY] = linkPath('sekvens', {
      sourceX: 308,
      sourceY: 95,
      targetX: 1492,
      targetY: 965,
      sourcePosition: Position.Right,
      targetPosition: Position.Left,
    });
    expect(picture.querySelector('.react-flow__edge-path')!.getAttribute('d')).toBe(path);
    expect(picture.querySelector<HTMLElement>('.diagram-edge__label')!.style.transform).toBe(`translate(-50%, -50%) translate(${labelX}px, ${labelY}px)`);
  });

  it('takes away a picture it cannot place, so the editor draws the board as it would without one', () => {
    pictureInPage('{not json', smallBoxes);
    placePreview();
    expect(document.getElementById(diagramPreview.elementId)).toBeNull();
  });

  it('does nothing on a page without a picture', () => {
    document.body.innerHTML = '<div id="root"></div>';
    expect(() => placePreview()).not.toThrow();
  });
});
