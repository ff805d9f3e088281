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
export function tldrFileFromSnapshot(
  snapshot: RoomSnapshot,
  boardId: string,
  images: Map<string, { mimeType: string; data: Uint8Array }>,
): TldrExport {
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

/** A file name for a board's title: letters, digits, spaces and a few signs; never empty. */
export function fileNameFor(title: string, extension: string): string {
  const base = title.replace(/[^\p{L}\p{N}\p{Pd} ._()]+/gu, ' ').replace(/\s+/g, ' ').trim().slice(0, 100) || 'tavle';
  return `${base}.${extension}`;
}

/** A Content-Disposition header that keeps Norwegian letters in the name (RFC 6266 / 5987). */
export function attachmentHeader(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/"/g, '');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
