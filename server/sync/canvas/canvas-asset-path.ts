import type { RoomSnapshot } from '@tldraw/sync-core';
import { assertOwnAssets } from './canvas-asset-src';

/** Where Planrom serves an image of a canvas board (what asset records hold as `src`). */
export function canvasAssetPath(boardId: string, assetId: string): string {
  return `/api/boards/${boardId}/canvas/assets/${assetId}`;
}

/** The stored id in one of this board's asset paths, or null when `src` is not one. */
export function assetIdInPath(boardId: string, src: unknown): string | null {
  if (typeof src !== 'string') return null;
  const prefix = canvasAssetPath(boardId, '');
  return src.startsWith(prefix) ? src.slice(prefix.length) || null : null;
}

/**
 * A copy of a snapshot for another board: asset records point at the other board's copies of the
 * images; the copy starts a fresh history (clock 0, no tombstones).
 */
export function snapshotForBoard(snapshot: RoomSnapshot, fromBoardId: string, toBoardId: string): RoomSnapshot {
  const copy: RoomSnapshot = {
    schema: snapshot.schema,
    documentClock: 0,
    tombstoneHistoryStartsAtClock: 0,
    tombstones: {},
    documents: snapshot.documents.map(({ state }) => {
      const props = (state as { props?: { src?: unknown } }).props;
      const assetId = state.typeName === 'asset' ? assetIdInPath(fromBoardId, props?.src) : null;
      const copied = assetId ? { ...state, props: { ...props, src: canvasAssetPath(toBoardId, assetId) } } : state;
      return { state: copied, lastChangedClock: 0 };
    }),
  };
  // A copy takes only images Planrom serves: anything else (stored before this rule) is refused.
  assertOwnAssets(toBoardId, copy);
  return copy;
}
