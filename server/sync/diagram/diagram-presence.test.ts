import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as encoding from 'lib0/encoding';
import { diagramMessageType, diagramSocketPath } from '../../../shared/sync/diagram-protocol';
import { connectDiagram, eventually } from '../../test/diagram-client';
import { createBoard, createMember, createShareLink, openShareLink } from '../../test/factories';
import { startServerUnderTest, type ServerUnderTest } from '../../test/test-server';

/** A raw awareness message with the given entries (y-protocols' encoding), as a hostile client would send it. */
function awarenessMessage(entries: Array<{ clientId: number; clock: number; state: unknown }>): Uint8Array {
  const update = encoding.createEncoder();
  encoding.writeVarUint(update, entries.length);
  for (const entry of entries) {
    encoding.writeVarUint(update, entry.clientId);
    encoding.writeVarUint(update, entry.clock);
    encoding.writeVarString(update, JSON.stringify(entry.state));
  }
  const message = encoding.createEncoder();
  encoding.writeVarUint(message, diagramMessageType.awareness);
  encoding.writeVarUint8Array(message, encoding.toUint8Array(update));
  return encoding.toUint8Array(message);
}

describe('diagram presence', () => {
  let server: ServerUnderTest;
  let regionId: string;
  beforeAll(async () => {
    server = await startServerUnderTest();
    regionId = (await server.admin.get('/api/regions')).body.regions[0].id;
  });
  afterAll(() => server.dispose());

  it("a read-only guest cannot take over or erase another person's presence; its own works", async () => {
    const boardId = await createBoard(server, regionId, 'Aktørkart', { kind: 'diagram' });
    const member = await createMember(server, regionId, 'medlem', 'Mona Medlem');
    const admin = await connectDiagram(server.url, boardId, server.admin);
    const third = await connectDiagram(server.url, boardId, member.client);
    admin.provider.awareness.setLocalState({ user: { id: 'x', name: 'x', color: '#000' }, selection: ['a'], cursor: { x: 1, y: 2 } });
    const adminId = admin.doc.clientID;
    const seenByThird = () => third.provider.awareness.getStates().get(adminId) as { cursor?: { x: number }; user?: { name: string } } | undefined;
    await eventually(() => expect(seenByThird()?.cursor).toEqual({ x: 1, y: 2 }));

    const viewer = server.client();
    await openShareLink(viewer, (await createShareLink(server, boardId, 'view')).token);
    const socket = new WebSocket(`${server.url.replace('http', 'ws')}${diagramSocketPath(boardId)}`, {
      headers: { cookie: viewer.cookieHeader(), origin: server.url },
    });
    await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
    const ownId = 424242;
    // Takes over the administrator's presence (a higher clock wins in y-protocols), then tries to erase it.
    socket.send(
      awarenessMessage([
        { clientId: adminId, clock: 1000, state: { user: { id: 'x', name: 'Ada', color: '#000' }, selection: [], cursor: { x: 666, y: 666 } } },
        { clientId: ownId, clock: 1, state: { user: { id: 'y', name: 'Meg', color: '#000' }, selection: [], cursor: { x: 5, y: 5 } } },
      ]),
    );
    socket.send(
      awarenessMessage([
        { clientId: adminId, clock: 1001, state: null },
        { clientId: ownId, clock: 2, state: { selection: [], cursor: { x: 6, y: 6 } } },
      ]),
    );
    await eventually(() => expect((third.provider.awareness.getStates().get(ownId) as { cursor?: unknown } | undefined)?.cursor).toEqual({ x: 6, y: 6 }));
    expect(seenByThird()?.cursor).toEqual({ x: 1, y: 2 });
    expect(seenByThird()?.user?.name).toBe('Ada Administrator');
    // The guest's own presence carries the name the server knows, not the one it claimed.
    expect((third.provider.awareness.getStates().get(ownId) as { user: { name: string; canEdit: boolean } }).user).toMatchObject({
      name: 'Gjest',
      canEdit: false,
    });

    // When the guest leaves, only its own presence goes.
    socket.close();
    await eventually(() => expect(third.provider.awareness.getStates().has(ownId)).toBe(false));
    expect(seenByThird()?.cursor).toEqual({ x: 1, y: 2 });
    admin.provider.destroy();
    third.provider.destroy();
  });
});
