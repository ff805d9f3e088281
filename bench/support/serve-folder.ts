import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import type { AppPageHeaders } from './app-page-headers';

const types: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};

/**
 * Serves a built folder on a free port of 127.0.0.1 (unknown paths get its index.html, if any; else 404). `extra` answers
 * paths of its own first, e.g. documents made during the run (text or bytes). `pageHeaders` are sent with an HTML page
 * whose address has `served-as=app`, as the app sends them to the same navigation (`appPageHeaders`).
 */
export async function serveFolder(folder: string, extra: Map<string, string | Uint8Array> = new Map(), pageHeaders: AppPageHeaders = () => ({})) {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://x');
    const pathname = decodeURIComponent(url.pathname);
    const made = extra.get(pathname);
    if (made !== undefined) {
      response.writeHead(200, { 'content-type': types[extname(pathname)] ?? 'application/octet-stream' });
      response.end(made);
      return;
    }
    const path = normalize(join(folder, pathname));
    const isFile = (candidate: string) => candidate.startsWith(folder) && existsSync(candidate) && statSync(candidate).isFile();
    const file = isFile(path) ? path : join(folder, 'index.html');
    if (!isFile(file)) {
      if (process.env.BENCH_DEBUG) console.log(`  (not served: ${pathname})`);
      response.writeHead(404).end();
      return;
    }
    const asApp = extname(file) === '.html' && url.searchParams.get('served-as') === 'app';
    const fetchSite = request.headers['sec-fetch-site'];
    response.writeHead(200, {
      ...(asApp ? pageHeaders(typeof fetchSite === 'string' ? fetchSite : undefined) : {}),
      'content-type': types[extname(file)] ?? 'application/octet-stream',
    });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, close: () => server.close() };
}
