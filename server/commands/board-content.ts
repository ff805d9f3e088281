import type { RoomSnapshot } from '@tldraw/sync-core';
import { eq, sql } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import * as Y from 'yjs';
import type { DiagramDocument } from '../../shared/diagram/diagram-document';
import { replaceDiagram } from '../../shared/diagram/diagram-ydoc';
import type { ActorRef } from '../../shared/schemas/board';
import type { CanvasSnapshot } from '../../shared/templates/canvas/build-canvas-template';
import type { Database } from '../db/client';
import { canvasAssets, canvasSnapshots, diagramSnapshots, regionTemplateAssets } from '../db/schema/index';
import { newId } from '../lib/ids';
import { countShapes } from '../sync/canvas/canvas-state';

/**
 * What a new board starts with: a canvas board's first state (and, when it comes from one of the
 * region's own templates, that template's images), or a diagram board's.
 */
export type BoardContent = { kind: 'canvas'; snapshot: RoomSnapshot; imagesFromRegionTemplate?: string } | { kind: 'diagram'; state: Uint8Array };

/**
 * A tldraw store snapshot (what the template builder makes) as the room snapshot canvas boards
 * store: every record a document at clock 0, a fresh history.
 */
export function roomSnapshotFromStore(snapshot: CanvasSnapshot): RoomSnapshot {
  return {
    schema: snapshot.schema,
    documentClock: 0,
    tombstoneHistoryStartsAtClock: 0,
    tombstones: {},
    documents: Object.values(snapshot.store).map((state) => ({ state, lastChangedClock: 0 })),
  };
}

/** A diagram document as the one Yjs update a diagram board's first version holds. */
export function diagramStateFrom(document: DiagramDocument): Uint8Array {
  const doc = new Y.Doc();
  replaceDiagram(doc, document);
  const state = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return state;
}

/**
 * The statements that give a new board its first content, for the caller's batch (with the
 * board's own row first): a canvas board's compaction base at clock 0, exactly as a copied board
 * gets one, or a diagram board's first snapshot. The rooms load it like any stored state.
 * @param by who made the board, or null for the system (the demo region)
 */
export function boardContentStatements(db: Database, boardId: string, content: BoardContent, now: Date, by: ActorRef | null): BatchItem<'sqlite'>[] {
  if (content.kind === 'canvas') {
    const images = content.imagesFromRegionTemplate;
    return [
      db.insert(canvasSnapshots).values({
        id: newId(),
        boardId,
        clock: 0,
        kind: 'base',
        createdAt: now,
        createdById: by?.id ?? null,
        createdByName: by?.name ?? null,
        authors: '[]',
        shapeCount: countShapes(content.snapshot),
        snapshot: JSON.stringify(content.snapshot),
      }),
      ...(images
        ? [
            db.insert(canvasAssets).select(
              db
                .select({
                  boardId: sql<string>`${boardId}`.as('board_id'),
                  id: regionTemplateAssets.id,
                  mimeType: regionTemplateAssets.mimeType,
                  size: regionTemplateAssets.size,
                  sha256: regionTemplateAssets.sha256,
                  data: regionTemplateAssets.data,
                  createdAt: regionTemplateAssets.createdAt,
                  createdById: sql<string | null>`${by?.id ?? null}`.as('created_by_id'),
                  createdByName: sql<string | null>`${by?.name ?? null}`.as('created_by_name'),
                })
                .from(regionTemplateAssets)
                .where(eq(regionTemplateAssets.templateId, images)),
            ),
          ]
        : []),
    ];
  }
  return [
    db.insert(diagramSnapshots).values({
      id: newId(),
      boardId,
      state: Buffer.from(content.state.buffer, content.state.byteOffset, content.state.byteLength),
      upToUpdateId: 0,
      // The diagram format's history has no reason of its own for a first state; it is the
      // board as it started, which "compaction" (shown as saved automatically) describes.
      reason: 'compaction',
      label: null,
      authorNames: '[]',
      createdAt: now,
    }),
  ];
}
