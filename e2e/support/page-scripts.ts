import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';

/** Text that only the editors' libraries contain: tldraw, React Flow and ELK. */
const editorMarkers = [
  { library: 'tldraw', pattern: /tl-container|tl-canvas/ },
  { library: 'React Flow', pattern: /react-flow__pane|react-flow__renderer/ },
  { library: 'ELK', pattern: /org\.eclipse\.elk\.|ElkLayered|elk\.algorithm/ },
];

/** Text only a library's development build contains (its warnings for developers). */
const developmentMarkers = [{ library: 'React Router', pattern: /Hey developer/ }];

export interface LoadedScript {
  url: string;
  rawBytes: number;
  gzipBytes: number;
  /** The editor libraries whose code is in it. */
  libraries: string[];
  /** The libraries whose development build is in it (a production page should have none). */
  developmentBuilds: string[];
}

/**
 * Records every script the page loads from now on, with its size as built and gzip-compressed
 * (Node's zlib, default level) and which editor libraries it carries. Call the returned function
 * once the page is loaded. Shared by the page-weight test and `npm run bench`.
 */
export function recordScripts(page: Page): () => Promise<LoadedScript[]> {
  const scripts: Promise<LoadedScript>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return;
    scripts.push(
      response.body().then((body) => {
        const text = body.toString('utf8');
        return {
          url: response.url(),
          rawBytes: body.length,
          gzipBytes: gzipSync(body).length,
          libraries: editorMarkers.filter((marker) => marker.pattern.test(text)).map((marker) => marker.library),
          developmentBuilds: developmentMarkers.filter((marker) => marker.pattern.test(text)).map((marker) => marker.library),
        };
      }),
    );
  });
  return () => Promise.all(scripts);
}
