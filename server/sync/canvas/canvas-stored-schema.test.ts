import { readFileSync } from 'node:fs';
import type { RoomSnapshot } from '@tldraw/sync-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CanvasTestClient } from '../../test/canvas-client';
import { createBoard } from '../../test/factories';
import { startServerUnderTest, type ServerUnderTest } from '../../test/test-server';
import { CanvasChangeLog } from './canvas-change-log';

/** A board as Planrom stored it under tldraw 5.1.1: a signed note (textFirstEditedBy) and a geo box without flips. */
const storedUnder511 = JSON.parse(readFileSync(new URL('./fixtures/room-snapshot-tldraw-5.1.1.json', import.meta.url), 'utf8')) as RoomSnapshot;

describe('canvas boards stored by an older tldraw', () => {
  let server: ServerUnderTest;
  let regionId: string;
  const clients: CanvasTestClient[] = [];

  beforeAll(async () => {
    server = await startServerUnderTest();
    regionId = (await server.admin.get('/api/regions')).body.regions[0].id;
  });
  afterAll(async () => {
    for (const client of clients) client.close();
    await server.dispose();
  });

  it('opens a board stored under tldraw 5.1.1 for a client of the current version, migrated', async () => {
    const boardId = await createBoard(server, regionId);
    new CanvasChangeLog(server.services.syncDb).writeSnapshot({ boardId, kind: 'base', by: null, authors: [], snapshot: storedUnder511 });

    const client = new CanvasTestClient({
      url: `${server.url.replace('http', 'ws')}/api/boards/${boardId}/canvas/sync`,
      headers: { cookie: server.admin.cookieHeader(), origin: server.url },
    });
    clients.push(client);
    await client.connected();
    await client.waitFor(() => client.shapes().length === 2, 5000, 'both shapes');

    const note = client.shape('signed') as unknown as { props: Record<string, unknown> };
    expect(note.props.textLastEditedBy).toBe('user:kari');
    expect(note.props).not.toHaveProperty('textFirstEditedBy');
    const box = client.shape('box') as unknown as { props: Record<string, unknown> };
    expect(box.props).toMatchObject({ flipX: false, flipY: false, w: 200 });
    expect(client.syncErrors).toEqual([]);
  });
});
