import { diagramPreview } from '../../../../../shared/web/diagram-preview';

/**
 * Takes the server-drawn picture of the board out of the page (shared/web/diagram-preview.ts): the
 * editor shows the board itself now, or the page shows something else (another page, a message).
 */
export function removeDiagramPreview(): void {
  document.getElementById(diagramPreview.elementId)?.remove();
}
