import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as encoding from 'lib0/encoding';
import { meetingSocketPath } from '../../shared/meeting/meeting-protocol';
import { closeCodes } from '../../shared/sync/close-codes';
import { diagramMessageType, diagramSocketPath } from '../../shared/sync/diagram-protocol';
import { diagramMaps, nodeToY } from '../../shared/diagram/diagram-ydoc';
import { flattenMessages, openRawCanvasSession } from '../test/canvas-client';
import { openCanvas } from '../test/canvas-helpers';
import { connectDiagram, eventually } from '../test/diagram-client';
import { createBoard, createMember, createShareLink, openShareLink } from '../test/factories';
import { startServerUnderTest, type ServerUnderTest } from '../test/test-server';

/** A raw socket that resolves its close code. */
async function rawSocket(url: string, headers: Record<string, string>) {
  const ws = new WebSocket(url, { headers });
  const closed = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)));
  await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
  return { ws, closed };
}

describe('board sockets: a flooding socket is cut off, everyone else goes on', () => {
  let server: ServerUnderTest;
  let regionId: string;
  beforeAll(async () => {
    server = await startServerUnderTest();
    regionId = (await server.admin.get('/api/regions')).body.regions[0].id;
  });
  afterAll(() => server.dispose());

  const guestOn = async (boardId: string, access: 'view' | 'edit') => {
    const guest = server.client();
    await openShareLink(guest, (await createShareLink(server, boardId, access)).token);
    return guest;
  };

  it('canvas: thousands of messages in a second close that socket with a clear code; the others keep editing', async () => {
    const boardId = await createBoard(server, regionId);
    const member = await createMember(server, regionId, 'medlem', 'Kari Nordmann');
    const admin = openCanvas(server, boardId, server.admin);
    const kari = openCanvas(server, boardId, member.client);
    await Promise.all([admin.connected(), kari.connected()]);
    const guest = await guestOn(boardId, 'edit');
    const flooder = await openRawCanvasSession(`${server.url.replace('http', 'ws')}/api/boards/${boardId}/canvas/sync`, {
      cookie: guest.cookieHeader(),
      origin: server.url,
    });
    for (let i = 0; i < 3000 && flooder.ws.readyState === WebSocket.OPEN; i++) flooder.send({ type: 'ping' });
    expect(await flooder.closed).toBe(closeCodes.tooManyMessages);
    expect(flattenMessages(flooder.received)).toContainEqual({
      type: 'custom',
      data: { type: 'planrom/closing', code: closeCodes.tooManyMessages, reason: 'too many messages' },
    });

    admin.addNote('etter-flommen', 'Vi jobber videre');
    await kari.waitFor(() => !!kari.shape('etter-flommen'), 5000, 'the note after the flood');
    admin.close();
    kari.close();
  });

  it('canvas: tens of megabytes in a few seconds close that socket', async () => {
    const boardId = await createBoard(server, regionId);
    const guest = await guestOn(boardId, 'edit');
    const flooder = await openRawCanvasSession(`${server.url.replace('http', 'ws')}/api/boards/${boardId}/canvas/sync`, {
      cookie: guest.cookieHeader(),
      origin: server.url,
    });
    const big = JSON.stringify({ type: 'ping', fill: 'x'.repeat(3.9 * 1024 * 1024) });
    for (let i = 0; i < 8 && flooder.ws.readyState === WebSocket.OPEN; i++) flooder.send(big);
    expect(await flooder.closed).toBe(closeCodes.tooManyMessages);
  });

  it('canvas: real editing at tldraw’s pace is never cut off', async () => {
    const boardId = await createBoard(server, regionId);
    const editor = openCanvas(server, boardId, server.admin);
    const watcher = openCanvas(server, boardId, server.admin.clone());
    await Promise.all([editor.connected(), watcher.connected()]);
    editor.addNote('flyttes', 'Flyttes mye');
    // Two seconds of dragging: a move every 5 ms (tldraw sends at most 30 times a second) with the cursor along.
    for (let step = 1; step <= 400; step++) {
      editor.moveShape('flyttes', step, step);
      editor.setCursor(step, step);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    await watcher.waitFor(() => watcher.shape('flyttes')?.x === 400, 10_000, 'the last move');
    expect(editor.socket.closeCodes).toEqual([]);
    editor.close();
    watcher.close();
  });

  it('diagram: a flood of presence updates closes that socket; edits of others still arrive', async () => {
    const boardId = await createBoard(server, regionId, 'Aktørkart', { kind: 'diagram' });
    const one = await connectDiagram(server.url, boardId, server.admin);
    const two = await connectDiagram(server.url, boardId, server.admin.clone());
    const guest = await guestOn(boardId, 'view');
    const flooder = await rawSocket(`${server.url.replace('http', 'ws')}${diagramSocketPath(boardId)}`, { cookie: guest.cookieHeader(), origin: server.url });
    for (let i = 0; i < 3000 && flooder.ws.readyState === WebSocket.OPEN; i++) {
      const update = encoding.createEncoder();
      encoding.writeVarUint(update, 1);
      encoding.writeVarUint(update, 777);
      encoding.writeVarUint(update, i + 1);
      encoding.writeVarString(update, JSON.stringify({ selection: [], cursor: { x: i, y: i } }));
      const message = encoding.createEncoder();
      encoding.writeVarUint(message, diagramMessageType.awareness);
      encoding.writeVarUint8Array(message, encoding.toUint8Array(update));
      flooder.ws.send(encoding.toUint8Array(message));
    }
    expect(await flooder.closed).toBe(closeCodes.tooManyMessages);
    diagramMaps(one.doc).nodes.set(
      'a',
      nodeToY({
        id: 'a',
        type: 'aktor',
        position: { x: 0, y: 0 },
        data: { name: 'NVE', category: 'statlig', role: '', interest: 3, influence: 3, phases: [], contact: '', note: '' },
      }),
    );
    await eventually(() => expect(diagramMaps(two.doc).nodes.has('a')).toBe(true));
    one.provider.destroy();
    two.provider.destroy();
  });

  it('meeting: a flood of requests closes that socket', async () => {
    const boardId = await createBoard(server, regionId);
    const guest = await guestOn(boardId, 'edit');
    const flooder = await rawSocket(`${server.url.replace('http', 'ws')}${meetingSocketPath(boardId)}`, { cookie: guest.cookieHeader(), origin: server.url });
    for (let i = 0; i < 3000 && flooder.ws.readyState === WebSocket.OPEN; i++) flooder.ws.send(JSON.stringify({ type: 'timer/start' }));
    expect(await flooder.closed).toBe(closeCodes.tooManyMessages);
  });
});
