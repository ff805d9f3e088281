import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canvasLimits } from '../../../shared/canvas-limits';
import { tinyPng, upload } from '../../test/canvas-helpers';
import { createBoard, createMember, createShareLink, openShareLink } from '../../test/factories';
import { startServerUnderTest, type ServerUnderTest } from '../../test/test-server';

describe('canvas images', () => {
  let server: ServerUnderTest;
  let regionId: string;

  beforeAll(async () => {
    server = await startServerUnderTest();
    regionId = (await server.admin.get('/api/regions')).body.regions[0].id;
  });
  afterAll(() => server.dispose());

  it('stores an uploaded image and serves it to those who may read the board', async () => {
    const boardId = await createBoard(server, regionId);
    const stored = await upload(server.admin, `/api/boards/${boardId}/canvas/assets`, tinyPng, 'image/png');
    expect(stored.status).toBe(201);
    expect(stored.body.asset).toMatchObject({ mimeType: 'image/png', size: tinyPng.length });
    const src = stored.body.asset.src as string;
    expect(src).toMatch(new RegExp(`^/api/boards/${boardId}/canvas/assets/[0-9a-f-]{36}$`));
    // The same image twice is stored once.
    expect((await upload(server.admin, `/api/boards/${boardId}/canvas/assets`, tinyPng, 'image/png')).body.asset.src).toBe(src);

    const guest = server.client();
    await openShareLink(guest, (await createShareLink(server, boardId, 'view')).token);
    const served = await fetch(`${server.url}${src}`, { headers: { cookie: guest.cookieHeader() } });
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(served.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.from(await served.arrayBuffer())).toEqual(tinyPng);
    expect((await fetch(`${server.url}${src}`)).status).toBe(401);
    const outsider = await createMember(server, (await server.admin.post('/api/regions', { name: 'Andre' })).body.region.id, 'medlem');
    expect((await fetch(`${server.url}${src}`, { headers: { cookie: outsider.client.cookieHeader() } })).status).toBe(404);
  });

  it('checks type and size, by the bytes and not the label', async () => {
    const boardId = await createBoard(server, regionId);
    const path = `/api/boards/${boardId}/canvas/assets`;
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>';
    expect((await upload(server.admin, path, svg, 'image/svg+xml')).status).toBe(415);
    const disguised = await upload(server.admin, path, svg, 'image/png');
    expect(disguised.status).toBe(415);
    expect(disguised.body.error.message).toContain('PNG, JPEG, GIF og WebP');
    const huge = Buffer.concat([tinyPng, Buffer.alloc(canvasLimits.maxAssetBytes)]);
    expect((await upload(server.admin, path, huge, 'image/png')).status).toBe(413);
    const observer = await createMember(server, regionId, 'observator');
    expect((await upload(observer.client, path, tinyPng, 'image/png')).status).toBe(403);
  });
});
