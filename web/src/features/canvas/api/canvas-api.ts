import type { Board } from '../../../../../shared/schemas/board';
import type { CanvasVersion } from '../../../../../shared/schemas/canvas';
import type { WebConfig } from '../../../../../shared/schemas/web-config';
import { api, request } from '../../../lib/api-client';

/** What the server tells the web app at run time (the tldraw license key, the canvas limits). */
export async function fetchWebConfig(): Promise<WebConfig> {
  return request(() => api.config.$get());
}

export async function listVersions(boardId: string): Promise<CanvasVersion[]> {
  return (await request(() => api.boards[':boardId'].canvas.versions.$get({ param: { boardId } }))).versions;
}

export async function saveVersion(boardId: string, name: string): Promise<CanvasVersion> {
  return (await request(() => api.boards[':boardId'].canvas.versions.$post({ param: { boardId }, json: { name } }))).version;
}

export async function fetchVersion(boardId: string, versionId: string) {
  return request(() => api.boards[':boardId'].canvas.versions[':versionId'].$get({ param: { boardId, versionId } }));
}

export async function restoreVersion(boardId: string, versionId: string) {
  return request(() => api.boards[':boardId'].canvas.versions[':versionId'].restore.$post({ param: { boardId, versionId } }));
}

/** Sends a file as it is (not JSON): images and .tldr files. */
function postFile(path: string, file: Blob, contentType: string) {
  return request<unknown>(() => fetch(path, { method: 'POST', body: file, headers: { 'content-type': contentType }, credentials: 'same-origin' }));
}

/** Stores an image on the board; its address is what the document keeps. */
export async function uploadImage(boardId: string, file: Blob): Promise<{ src: string }> {
  const body = (await postFile(`/api/boards/${boardId}/canvas/assets`, file, file.type || 'application/octet-stream')) as {
    asset: { src: string };
  };
  return { src: body.asset.src };
}

/** Replaces a board's content with a .tldr file (the content before is kept as a version). */
export async function importIntoBoard(boardId: string, file: File) {
  return postFile(`/api/boards/${boardId}/canvas/import?name=${encodeURIComponent(file.name)}`, file, 'application/vnd.tldraw+json');
}

/** Makes a new canvas board from a .tldr file. */
export async function importAsNewBoard(regionId: string, file: File): Promise<Board> {
  const body = (await postFile(`/api/regions/${regionId}/canvas-import?name=${encodeURIComponent(file.name)}`, file, 'application/vnd.tldraw+json')) as {
    board: Board;
  };
  return body.board;
}

/** Where the board's .tldr file is downloaded from. */
export const tldrExportPath = (boardId: string) => `/api/boards/${boardId}/canvas/export.tldr`;
