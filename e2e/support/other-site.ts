import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A blank page of another site, on a port of its own (another origin than any server of the test or bench): the page
 * a board is opened from by a link or `window.open`, as from webmail or a chat in the browser. The browser calls a
 * navigation from it `same-site` (the same host, 127.0.0.1); Planrom treats that as another site.
 */
export async function startOtherSite() {
  const server = createServer((_, response) => response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>Another site</title>'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, close: () => server.close() };
}
