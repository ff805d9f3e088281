import { Box, react, type Editor, type TLPageId, type TLShape, type TLShapeId } from 'tldraw';
import { contentNotes, frameName, noteAreas, selectedNoteArea, shapeLabel } from '../../../lib/canvas-content-notes';
import { fewestItemsInArea, type BoardItem, type BoardView } from './board-view';

/** Notes are what a canvas votes on and what rounds collect (a template's prompts are not voted on). */
const isNote = (type: string) => type === 'note';

/** The size of frame names on the meeting-room screen, in px, for its width (meeting.css). */
function frameNameSizeOnScreen(screenWidth: number): number {
  return Math.min(36, Math.max(12, screenWidth * 0.009375));
}

/** The meeting tools' view of a tldraw editor. */
export function canvasBoardView(editor: Editor): BoardView {
  const itemOf = (shape: TLShape): BoardItem => ({ id: shape.id, label: shapeLabel(editor, shape) });
  return {
    getView() {
      const bounds = editor.getViewportPageBounds();
      if (!(bounds.w > 0 && bounds.h > 0)) return null;
      return { bounds: { x: bounds.x, y: bounds.y, width: bounds.w, height: bounds.h }, page: editor.getCurrentPageId() };
    },
    onViewChange(listener) {
      let first = true;
      return react('meeting view', () => {
        editor.getViewportPageBounds();
        editor.getCurrentPageId();
        if (first) first = false;
        else listener();
      });
    },
    onResize(listener) {
      let last: string | null = null;
      return react('meeting resize', () => {
        const { w, h } = editor.getViewportScreenBounds();
        const size = `${w}x${h}`;
        if (last !== null && size !== last) listener();
        last = size;
      });
    },
    showView(view) {
      if (view.page && view.page !== editor.getCurrentPageId() && editor.getPage(view.page as TLPageId)) {
        editor.setCurrentPage(view.page as TLPageId);
      }
      const { x, y, width, height } = view.bounds;
      editor.zoomToBounds(new Box(x, y, width, height), { inset: 0, force: true });
    },
    showWhole() {
      const bounds = editor.getCurrentPageBounds();
      // Frame names stand above their frames: room for them at the top (2.25 times their size).
      const nameRoom = Math.ceil(frameNameSizeOnScreen(editor.getViewportScreenBounds().w) * 2.25) + 8;
      if (bounds) editor.zoomToBounds(bounds, { inset: Math.max(32, nameRoom), force: true });
    },
    boundsBox({ x, y, width, height }) {
      const container = editor.getContainer().getBoundingClientRect();
      const topLeft = editor.pageToViewport({ x, y });
      const zoom = editor.getZoomLevel();
      return { left: container.left + topLeft.x, top: container.top + topLeft.y, width: width * zoom, height: height * zoom };
    },
    listItems() {
      return contentNotes(editor).map(itemOf);
    },
    listAreas() {
      const areas = noteAreas(editor).filter((area) => area.notes.length >= fewestItemsInArea);
      return {
        areas: areas.map((area) => ({ id: area.frame.id, label: frameName(area.frame), items: area.notes.map(itemOf) })),
        selected: selectedNoteArea(editor, areas)?.frame.id ?? null,
      };
    },
    itemBox(id) {
      const bounds = editor.getShapePageBounds(id as TLShapeId);
      if (!bounds) return null;
      // Measured from the container itself: tldraw's own idea of where it is on screen can lag behind
      // when the page around it scrolls or changes.
      const container = editor.getContainer().getBoundingClientRect();
      const topLeft = editor.pageToViewport({ x: bounds.x, y: bounds.y });
      const zoom = editor.getZoomLevel();
      return { left: container.left + topLeft.x, top: container.top + topLeft.y, width: bounds.w * zoom, height: bounds.h * zoom };
    },
    viewportBox() {
      const rect = editor.getContainer().getBoundingClientRect();
      return { left: rect.left, top: rect.top, width: rect.width, height: rect.height };
    },
    onLocalItemCreated(listener) {
      return editor.sideEffects.registerAfterCreateHandler('shape', (shape, source) => {
        if (source === 'user' && isNote(shape.type)) listener(shape.id);
      });
    },
    withholdAuthorship() {
      // tldraw signs a note with whoever last changed its text (textLastEditedBy) and re-signs copies.
      // A signature this person's own change would add is dropped; one that was already there stays.
      type Signed = { textLastEditedBy?: string | null };
      const stopChanges = editor.sideEffects.registerBeforeChangeHandler('shape', (previous, next, source) => {
        if (source !== 'user' || !isNote(next.type)) return next;
        const signature = (next.props as Signed).textLastEditedBy;
        if (!signature || signature === (previous.props as Signed).textLastEditedBy) return next;
        return { ...next, props: { ...next.props, textLastEditedBy: null } } as typeof next;
      });
      const stopCreates = editor.sideEffects.registerBeforeCreateHandler('shape', (shape, source) => {
        if (source !== 'user' || !isNote(shape.type) || !(shape.props as Signed).textLastEditedBy) return shape;
        return { ...shape, props: { ...shape.props, textLastEditedBy: null } } as typeof shape;
      });
      return () => {
        stopChanges();
        stopCreates();
      };
    },
  };
}
