import type { RoomSnapshot } from '@tldraw/sync-core';
import type { UnknownRecord } from '@tldraw/store';
import { assetIdInPath } from './canvas-asset-path';

export interface TldrExport {
  tldrawFileFormatVersion: 1;
  schema: unknown;
  records: UnknownRecord[];
}

/**
 * A board's state as a .tldr file (tldraw's own format), self-contained: images Planrom serves
 * are carried inside as data URLs, as tldraw itself does, so the file opens anywhere.
 * @param images the board's stored images by asset id
 */
export function tldrFileFromSnapshot(snapshot: RoomSnapshot, boardId: string, images: Map<string, { mimeType: string; data: Uint8Array }>): TldrExport {
  const records = snapshot.documents.map(({ state }) => {
    if (state.typeName !== 'asset') return state;
    const props = (state as { props?: { src?: unknown } }).props ?? {};
    const image = images.get(assetIdInPath(boardId, props.src) ?? '');
    if (!image) return state;
    const src = `data:${image.mimeType};base64,${Buffer.from(image.data).toString('base64')}`;
    return { ...state, props: { ...props, src } } as UnknownRecord;
  });
  return { tldrawFileFormatVersion: 1, schema: snapshot.schema, records };
}
