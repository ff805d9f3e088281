import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServerUnderTest, type ServerUnderTest } from '../../test/test-server';

describe('GET /api/config', () => {
  let server: ServerUnderTest;
  beforeAll(async () => {
    server = await startServerUnderTest({
      demo: false,
      env: { TLDRAW_LICENSE_KEY: 'tldraw-test-key', CANVAS_MAX_CLIENTS: '12', CANVAS_MAX_SHAPES: '900' },
    });
  });
  afterAll(() => server.dispose());

  it("tells the web app the operator's license key and canvas limits, uncached", async () => {
    const response = await server.api('/api/config');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.body).toEqual({ tldrawLicenseKey: 'tldraw-test-key', canvas: { maxClients: 12, maxShapes: 900 } });
  });
});
