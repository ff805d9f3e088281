import type { DiagramEdge } from '../diagram/diagram-document';
import type { Box } from '../diagram/place-node';

/**
 * The server-drawn first picture of a diagram board: the server renders the board's stored content
 * with React Flow and Planrom's node components into the board page it serves
 * (server/routes/pages/board-page.ts), so the diagram shows as soon as the page and its stylesheets
 * are in, before any of the app's scripts has run. A small inline script puts it at the view the
 * editor will open on (web/src/boot/diagram-preview-view.ts); the editor removes it once it has
 * drawn the board itself. It is a picture only: hidden from screen readers and never focused.
 */
export const diagramPreview = {
  /** The element the picture is in, just before the app's root. */
  elementId: 'diagram-preview',
  /** JSON of `DiagramPreviewView` on that element. */
  viewAttribute: 'data-view',
  /** The serialised picture's own root: React Flow's viewport inside it is placed by the script. */
  className: 'diagram-preview',
  /** The placing script, as the web build writes it beside index.html; put inline after a picture. */
  placeScriptFile: 'diagram-preview-place.js',
} as const;

/**
 * Bigger boards open without a picture (the default of `DIAGRAM_PREVIEW_MAX_NODES`): a picture's
 * markup takes about 1 KB a node, so a 1,000-node plan process's page is 1 MB (gzip: a tenth).
 */
export const diagramPreviewNodeLimit = 1000;

/**
 * What the view script needs to place the picture as the editor will place the board (the boxes
 * themselves it measures in the page, as React Flow does before it fits them).
 */
export interface DiagramPreviewView {
  boardId: string;
  /**
   * The nodes' box at their stored or default sizes with a plan process's lane and phase names:
   * what decides whether the whole diagram is shown (the editor's `openingView`).
   */
  labelled: Box;
  /**
   * The links between a box's own handles (right to left), by id, ends and type: the server drew
   * them for the boxes' stored sizes, and the script draws them again between the boxes as laid out.
   */
  links: Array<[id: string, source: string, target: string, type: DiagramEdge['type']]>;
}

/** A board's picture as the web build's module draws it (web/src/features/diagram/preview/render-preview.tsx). */
export interface DiagramPicture {
  /** React Flow's markup of the board at 100 %. */
  markup: string;
  view: DiagramPreviewView;
}

const attributeText = (text: string) => text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

/**
 * The picture's element in the page: hidden until the view script has placed it, and only a picture
 * (hidden from screen readers, `inert`: nothing in it takes the focus or a click). It carries the
 * editor's classes, so the page's stylesheets draw it as they draw the editor.
 * @param screen on the meeting-room screen, which has no workspace bar above the board
 */
export function diagramPreviewElement(picture: DiagramPicture, screen: boolean): string {
  const classes = `${diagramPreview.className}${screen ? ` ${diagramPreview.className}--screen` : ''} diagram-editor`;
  return (
    `<div id="${diagramPreview.elementId}" class="${classes}" ${diagramPreview.viewAttribute}="${attributeText(JSON.stringify(picture.view))}" ` +
    `hidden aria-hidden="true" inert><div class="diagram-canvas">${picture.markup}</div></div>`
  );
}

/** The placing script's tag, as the page carries it right after a picture. */
export function diagramPreviewScript(code: string): string {
  return `<script data-diagram-preview>${code}</script>`;
}
