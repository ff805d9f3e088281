import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServerUnderTest, type ServerUnderTest } from '../../test/test-server';

describe("the built app's files under /assets/", () => {
  let server: ServerUnderTest;
  let dist: string;
  const script = 'export const hei = "på deg";\n'.repeat(5000);
  const font = Uint8Array.from({ length: 70_000 }, (_, i) => (i * 31) % 256);

  beforeAll(async () => {
    dist = mkdtempSync(join(tmpdir(), 'planrom-built-assets-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><html lang="nb"><head><title>Planrom</title></head><body><div id="root"></div></body></html>');
    writeFileSync(join(dist, 'assets', 'index-Ab12_x.js'), script);
    writeFileSync(join(dist, 'assets', 'IBMPlexSans-Bold-C9.woff2'), font);
    writeFileSync(join(dist, 'secret.txt'), 'not an asset');
    server = await startServerUnderTest({ demo: false, env: { WEB_DIST: dist } });
  });
  afterAll(async () => {
    await server.dispose();
    rmSync(dist, { recursive: true, force: true });
  });

  const get = (path: string, method = 'GET') => fetch(`${server.url}${path}`, { method });

  it('serves a script as the build wrote it, to be kept by the browser for a year', async () => {
    for (let i = 0; i < 2; i += 1) {
      const response = await get('/assets/index-Ab12_x.js');
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/javascript/);
      expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(response.headers.get('content-length')).toBe(String(Buffer.byteLength(script)));
      expect(await response.text()).toBe(script);
    }
  });

  it('serves binary files byte for byte, and answers HEAD without a body', async () => {
    const response = await get('/assets/IBMPlexSans-Bold-C9.woff2');
    expect(response.headers.get('content-type')).toBe('font/woff2');
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(font);
    const head = await get('/assets/IBMPlexSans-Bold-C9.woff2', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe(String(font.length));
    expect(await head.text()).toBe('');
  });

  it('answers 404 for any name the build did not write, never a file outside the folder', async () => {
    for (const path of ['/assets/index-missing.js', '/assets/', '/assets/..%2Fsecret.txt', '/assets/sub/index-Ab12_x.js']) {
      const response = await get(path);
      expect(response.status, path).toBe(404);
      expect(await response.text(), path).not.toContain('not an asset');
    }
  });
});
