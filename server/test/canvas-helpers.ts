import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CanvasTestClient } from './canvas-client';
import type { ApiClient } from './api-client';
import type { ServerUnderTest } from './test-server';

/** The project's own copies of .tldr files written by older tldraw versions. */
export function canvasFixture(name: 'tldraw-2.4.tldr' | 'tldraw-3.15.tldr'): string {
  return readFileSync(fileURLToPath(new URL(`../sync/canvas/fixtures/${name}`, import.meta.url)), 'utf8');
}

/** tldraw's client on a board of the server under test, as `caller`. */
export function openCanvas(server: ServerUnderTest, boardId: string, caller: ApiClient = server.admin, name?: string) {
  return new CanvasTestClient({
    url: `${server.url.replace('http', 'ws')}/api/boards/${boardId}/canvas/sync`,
    headers: { cookie: caller.cookieHeader(), origin: server.url },
    name,
  });
}

/** A raw upload (an image, a .tldr file) as `caller`. */
export function upload(caller: ApiClient, path: string, body: string | Uint8Array<ArrayBuffer>, contentType: string) {
  return caller.request(path, {
    method: 'POST',
    headers: { 'content-type': contentType, origin: caller.baseUrl },
    body,
  });
}

/** A tiny valid PNG (1×1 pixel). */
export const tinyPng = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
