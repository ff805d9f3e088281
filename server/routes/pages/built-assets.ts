import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { MiddlewareHandler } from 'hono';
import { getMimeType } from 'hono/utils/mime';

/**
 * `GET /assets/:name`: the built app's files (scripts, styles, fonts, tldraw's translations and
 * icons). Their names carry a hash of their content, so they never change while the server runs:
 * each is read once, kept in memory and answered in one write, cached by browsers for a year.
 * Streaming every request from disk through web streams made a board page's scripts arrive
 * 0.3–0.5 s later when the page's own requests and socket shared the machine's two cores.
 * Only the files the build wrote are served; any other name under /assets/ is a 404.
 */
export function builtAssets(assetsFolder: string): MiddlewareHandler {
  const names = new Set(listFiles(assetsFolder));
  const contents = new Map<string, Promise<Uint8Array<ArrayBuffer>>>();
  const contentOf = (name: string) => {
    let content = contents.get(name);
    if (!content) {
      content = readFile(join(assetsFolder, name)).then((buffer) => new Uint8Array(buffer));
      // A failed read (the file removed under a running server) is tried again next time.
      content.catch(() => contents.delete(name));
      contents.set(name, content);
    }
    return content;
  };
  return async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next();
    const name = c.req.path.slice(c.req.path.lastIndexOf('/') + 1);
    if (c.req.path !== `/assets/${name}` || !names.has(name)) return c.text('Denne filen finnes ikke.', 404);
    const content = await contentOf(name).catch(() => null);
    if (!content) return c.text('Denne filen finnes ikke.', 404);
    const headers = {
      'Content-Type': getMimeType(name) ?? 'application/octet-stream',
      'Content-Length': String(content.byteLength),
      'Cache-Control': 'public, max-age=31536000, immutable',
    };
    return c.req.method === 'HEAD' ? c.body(null, 200, headers) : c.body(content, 200, headers);
  };
}

function listFiles(folder: string): string[] {
  try {
    return readdirSync(folder, { withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => entry.name);
  } catch {
    return [];
  }
}
