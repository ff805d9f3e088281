import type { RoomSnapshot } from '@tldraw/sync-core';
import type { DiagramDocument } from '../../shared/diagram/diagram-document';
import { canvasPreview } from '../../shared/templates/preview/canvas-preview';
import { diagramPreview } from '../../shared/templates/preview/diagram-preview';
import { previewSvg } from '../../shared/templates/preview/preview-svg';
import { assetIdInPath } from '../sync/canvas/canvas-asset-path';
import { initialCanvasSnapshot } from '../sync/canvas/canvas-state';
import { readStoredCanvas } from './canvas-snapshot-task';
import { workerDatabase } from './worker-database';

/** A board's content as it is now: a canvas room snapshot, or a diagram document. */
export type CurrentContent = { kind: 'canvas'; snapshot: RoomSnapshot } | { kind: 'diagram'; document: DiagramDocument };

/** What a region template stores of a board: its content as JSON, a preview, and the images it shows. */
export interface TemplateContent {
  content: string;
  previewSummary: string;
  previewSvg: string;
  /** The board's own images the content shows (copied with the template). */
  imageIds: string[];
}

/**
 * A board's content made ready to be a template ("Lagre som mal"): serialized and drawn as a
 * preview. For a large canvas that is heavy, so it runs in a worker thread.
 */
export function templateContentOf(boardId: string, current: CurrentContent): TemplateContent {
  const model = current.kind === 'canvas' ? canvasPreview(current.snapshot.documents.map((doc) => doc.state)) : diagramPreview(current.document);
  const imageIds =
    current.kind === 'canvas'
      ? current.snapshot.documents
          .map(({ state }) => (state.typeName === 'asset' ? assetIdInPath(boardId, (state as { props?: { src?: unknown } }).props?.src) : null))
          .filter((id): id is string => !!id)
      : [];
  return {
    content: JSON.stringify(current.kind === 'canvas' ? current.snapshot : current.document),
    previewSummary: JSON.stringify(model.summary),
    previewSvg: previewSvg(model),
    imageIds,
  };
}

/**
 * The same for a canvas board read by the worker from the database, which holds every acknowledged
 * change: the event loop neither rebuilds nor copies the board.
 */
export function templateContentOfStoredCanvas(databaseUrl: string, boardId: string): TemplateContent {
  const snapshot = readStoredCanvas(workerDatabase(databaseUrl), boardId) ?? initialCanvasSnapshot();
  return templateContentOf(boardId, { kind: 'canvas', snapshot });
}
