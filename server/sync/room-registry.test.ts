import { describe, expect, it, vi } from 'vitest';
import { closeCodes } from '../../shared/sync/close-codes';
import { RoomRegistry, type RoomKind } from './room-registry';

interface FakeRoom {
  boardId: string;
  clients: Set<FakeClient>;
  unloaded: { persist: boolean } | null;
  busy: boolean;
}

interface FakeClient {
  name: string;
  closed: { code: number; reason: string } | null;
}

const client = (name: string): FakeClient => ({ name, closed: null });

/** A kind of room whose loads finish when the test says so (or at once), recording what happens. */
function fakeKind(options: { sync?: boolean } = {}) {
  const pending: Array<{ boardId: string; resolve: (room: FakeRoom) => void; reject: (error: Error) => void }> = [];
  const rooms: FakeRoom[] = [];
  const make = (boardId: string): FakeRoom => {
    const room: FakeRoom = { boardId, clients: new Set(), unloaded: null, busy: false };
    rooms.push(room);
    return room;
  };
  const kind: RoomKind<FakeRoom, FakeClient> = {
    name: 'fake',
    load: (boardId) =>
      options.sync ? make(boardId) : new Promise<FakeRoom>((resolve, reject) => pending.push({ boardId, resolve: () => resolve(make(boardId)), reject })),
    attach: (room, c) => room.clients.add(c),
    detach: (room, c) => room.clients.delete(c),
    closeClient: (c, code, reason) => (c.closed = { code, reason }),
    unload: (room, persist) => (room.unloaded = { persist }),
    isBusy: (room) => room.busy,
  };
  const finishLoad = () => pending.shift()!.resolve(null as never);
  return { kind, rooms, pending, finishLoad };
}

describe('room registry', () => {
  it('shares one load between everyone who arrives while the room loads', async () => {
    const { kind, rooms, pending, finishLoad } = fakeKind();
    const registry = new RoomRegistry(kind, { idleMs: 60_000, maxClients: 10, boardExists: () => true });
    const [a, b] = [client('a'), client('b')];
    registry.join('board', a);
    registry.join('board', b);
    const work = registry.withRoom('board', (room) => room.boardId);
    expect(pending).toHaveLength(1);
    expect(registry.loads).toBe(1);
    expect(registry.loadedRoom('board')).toBeNull();
    const joined = registry.join('board', client('c'));
    finishLoad();
    expect(await work).toBe('board');
    expect(await joined).toBe(true);
    expect(rooms).toHaveLength(1);
    expect([...rooms[0]!.clients].map((c) => c.name)).toEqual(['a', 'b', 'c']);
    expect(registry.roomOf('board', a)).toBe(rooms[0]);
    expect(registry.clientCount('board')).toBe(3);
  });

  it('attaches at once when the room loads synchronously', () => {
    const { kind, rooms } = fakeKind({ sync: true });
    const registry = new RoomRegistry(kind, { idleMs: 60_000, maxClients: 10, boardExists: () => true });
    const a = client('a');
    registry.join('board', a);
    expect(rooms[0]!.clients.has(a)).toBe(true);
  });

  it('tells the client after the limit that the board is full', () => {
    const { kind } = fakeKind({ sync: true });
    const registry = new RoomRegistry(kind, { idleMs: 60_000, maxClients: 1, boardExists: () => true });
    expect(registry.join('board', client('a'))).not.toBeNull();
    const late = client('late');
    expect(registry.join('board', late)).toBeNull();
    expect(late.closed?.code).toBe(closeCodes.boardFull);
    expect(registry.clientCount('board')).toBe(1);
  });

  it('unloads a room its idle time after the last client left, not while work or writes hold it', async () => {
    const { kind, rooms } = fakeKind({ sync: true });
    const registry = new RoomRegistry(kind, { idleMs: 20, maxClients: 10, boardExists: () => true });
    const a = client('a');
    registry.join('board', a);
    const room = rooms[0]!;
    room.busy = true;
    registry.leave('board', a);
    // Busy (writes waiting for the database): it stays, checked again every idle period.
    await new Promise((resolve) => setTimeout(resolve, 80)); // showing that nothing happens
    expect(registry.loadedRoom('board')).toBe(room);
    room.busy = false;
    await vi.waitFor(() => expect(registry.loadedRoom('board')).toBeNull());
    expect(room.unloaded).toEqual({ persist: true });
    expect(a.closed).toBeNull();

    // Coming back loads it again.
    registry.join('board', client('b'));
    expect(rooms).toHaveLength(2);
    expect(registry.loads).toBe(2);
  });

  it('closes a board: everyone is told it is gone, and a deleted board is not written', () => {
    const { kind, rooms } = fakeKind({ sync: true });
    const registry = new RoomRegistry(kind, { idleMs: 60_000, maxClients: 10, boardExists: () => false });
    const [a, b] = [client('a'), client('b')];
    registry.join('board', a);
    registry.join('board', b);
    registry.closeBoard('board');
    expect(a.closed?.code).toBe(closeCodes.boardGone);
    expect(b.closed?.code).toBe(closeCodes.boardGone);
    expect(rooms[0]!.unloaded).toEqual({ persist: false });
    expect(registry.size).toBe(0);
  });

  it('closes a board whose room is still loading once the load is done', async () => {
    const { kind, rooms, finishLoad } = fakeKind();
    const registry = new RoomRegistry(kind, { idleMs: 60_000, maxClients: 10, boardExists: () => true });
    const a = client('a');
    registry.join('board', a);
    registry.closeBoard('board');
    expect(a.closed?.code).toBe(closeCodes.boardGone);
    finishLoad();
    await vi.waitFor(() => expect(rooms[0]?.unloaded).toEqual({ persist: true }));
    expect(rooms[0]!.clients.size).toBe(0);
  });

  it('closes all rooms at shutdown, and takes nobody after', () => {
    const { kind, rooms } = fakeKind({ sync: true });
    const registry = new RoomRegistry(kind, { idleMs: 60_000, maxClients: 10, boardExists: () => true });
    const [a, b] = [client('a'), client('b')];
    registry.join('one', a);
    registry.join('two', b);
    registry.closeAll();
    expect([a.closed?.code, b.closed?.code]).toEqual([closeCodes.serverRestart, closeCodes.serverRestart]);
    expect(rooms.map((room) => room.unloaded)).toEqual([{ persist: true }, { persist: true }]);
    const late = client('late');
    expect(registry.join('one', late)).toBeNull();
    expect(late.closed?.code).toBe(closeCodes.serverRestart);
  });

  it('closes the clients of a room that could not load, and loads afresh for the next one', async () => {
    const { kind, pending } = fakeKind();
    const registry = new RoomRegistry(kind, { idleMs: 60_000, maxClients: 10, boardExists: () => true });
    const a = client('a');
    registry.join('board', a);
    pending.shift()!.reject(new Error('database unavailable'));
    await vi.waitFor(() => expect(a.closed?.code).toBe(closeCodes.serverRestart));
    registry.join('board', client('b'));
    expect(pending).toHaveLength(1);
  });

  it('tells ownership when a room opens and when it is gone, once each', async () => {
    const { kind, pending, finishLoad } = fakeKind();
    const events: string[] = [];
    let claim: () => void = () => {};
    const registry = new RoomRegistry(kind, {
      idleMs: 10,
      maxClients: 10,
      boardExists: () => true,
      ownership: {
        onOpened: (boardId) => {
          events.push(`opened ${boardId}`);
          return new Promise<void>((resolve) => (claim = resolve));
        },
        onUnloaded: (boardId) => events.push(`unloaded ${boardId}`),
      },
    });
    const a = client('a');
    registry.join('board', a);
    // The load waits for the claim.
    expect(events).toEqual(['opened board']);
    await Promise.resolve();
    expect(pending).toHaveLength(0);
    claim();
    await vi.waitFor(() => expect(pending).toHaveLength(1));
    finishLoad();
    await vi.waitFor(() => expect(registry.roomOf('board', a)).not.toBeNull());
    registry.leave('board', a);
    await vi.waitFor(() => expect(events).toEqual(['opened board', 'unloaded board']));
    registry.closeAll();
    expect(events).toEqual(['opened board', 'unloaded board']);
  });
});
