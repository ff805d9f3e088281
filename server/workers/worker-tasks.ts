import { Piscina } from 'piscina';
import type { RoomSnapshot } from '@tldraw/sync-core';
import { ApiError } from '../lib/errors';
import { tldrFileFromSnapshot } from '../sync/canvas/canvas-export';
import { prepareTldrImport, type PreparedImport } from '../sync/canvas/canvas-import';
import { writeCanvasSnapshot, type CanvasSnapshotJob } from './canvas-snapshot-task';
import { writeDiagramSnapshot, type DiagramSnapshotJob } from './diagram-snapshot-task';
import { copyStoredCanvas, type CanvasCopy } from './copy-stored-canvas';
import { exportStoredCanvas } from './export-stored-canvas';
import { storeAssets, type AssetRow } from './store-assets';
import { templateContentOf, templateContentOfStoredCanvas, type CurrentContent, type TemplateContent } from './template-content';

/** Work that runs in a worker thread, off the event loop that serves the rooms. */
export type WorkerTask =
  | { kind: 'tldr-import'; file: Uint8Array; boardId: string }
  | {
      kind: 'tldr-export';
      snapshot: RoomSnapshot;
      boardId: string;
      images: Array<{ id: string; mimeType: string; data: Uint8Array }>;
    }
  | { kind: 'tldr-export-stored'; databaseUrl: string; boardId: string }
  | { kind: 'canvas-copy'; databaseUrl: string; fromBoardId: string; toBoardId: string }
  | { kind: 'store-assets'; databaseUrl: string; rows: AssetRow[] }
  | ({ kind: 'canvas-snapshot' } & CanvasSnapshotJob)
  | ({ kind: 'diagram-snapshot' } & DiagramSnapshotJob)
  | { kind: 'template-content'; boardId: string; current: CurrentContent }
  | { kind: 'template-content-stored'; databaseUrl: string; boardId: string };

/** What each task answers. */
export interface WorkerResults {
  'tldr-import': PreparedImport;
  /** The .tldr file as UTF-8 bytes. */
  'tldr-export': Uint8Array;
  /** The .tldr file as UTF-8 bytes. */
  'tldr-export-stored': Uint8Array;
  /** The copied content, or null when the board has nothing stored. */
  'canvas-copy': CanvasCopy | null;
  /** How many images were stored. */
  'store-assets': number;
  /** The stored snapshot's id and when it was written (ms). */
  'canvas-snapshot': { id: string; createdAt: number };
  /** The stored snapshot's id. */
  'diagram-snapshot': string;
  /** A board's content, preview and images for a region template. */
  'template-content': TemplateContent;
  'template-content-stored': TemplateContent;
}

/** An answer crosses the thread as plain data: an ApiError is sent as its parts and made again. */
export type WorkerAnswer<T> = { ok: true; value: T } | { ok: false; error: { status: number; code: string; message: string } };

const encoder = new TextEncoder();

/** Hands an answer back, moving (not copying) the big byte arrays in it. */
function moving(answer: WorkerAnswer<unknown>, bytes: Uint8Array[]) {
  return Piscina.move({ [Piscina.transferableSymbol]: bytes.map((part) => part.buffer), [Piscina.valueSymbol]: answer } as never);
}

/** Runs one task (in the worker thread). */
export function runWorkerTask(task: WorkerTask) {
  try {
    switch (task.kind) {
      case 'tldr-import': {
        const prepared = prepareTldrImport(task.file, task.boardId);
        // Each image in its own buffer, so it can be moved to the main thread without a copy.
        const images = prepared.images.map((image) => ({ ...image, data: new Uint8Array(image.data) as Buffer }));
        return moving(
          { ok: true, value: { ...prepared, images } },
          images.map((image) => image.data),
        );
      }
      case 'tldr-export': {
        const images = new Map(task.images.map((image) => [image.id, image]));
        const bytes = encoder.encode(JSON.stringify(tldrFileFromSnapshot(task.snapshot, task.boardId, images)));
        return moving({ ok: true, value: bytes }, [bytes]);
      }
      case 'tldr-export-stored': {
        const bytes = encoder.encode(JSON.stringify(exportStoredCanvas(task.databaseUrl, task.boardId)));
        return moving({ ok: true, value: bytes }, [bytes]);
      }
      case 'canvas-copy':
        return { ok: true, value: copyStoredCanvas(task.databaseUrl, task.fromBoardId, task.toBoardId) };
      case 'store-assets':
        return { ok: true, value: storeAssets(task.databaseUrl, task.rows) };
      case 'canvas-snapshot':
        return { ok: true, value: writeCanvasSnapshot(task) };
      case 'diagram-snapshot':
        return { ok: true, value: writeDiagramSnapshot(task) };
      case 'template-content':
        return { ok: true, value: templateContentOf(task.boardId, task.current) };
      case 'template-content-stored':
        return { ok: true, value: templateContentOfStoredCanvas(task.databaseUrl, task.boardId) };
    }
  } catch (error) {
    if (error instanceof ApiError) return { ok: false, error: { status: error.status, code: error.code, message: error.message } };
    throw error;
  }
}
