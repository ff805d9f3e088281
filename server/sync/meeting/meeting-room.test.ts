import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MeetingServerMessage, MeetingState } from '../../../shared/meeting/meeting-state';
import { timerRemaining } from '../../../shared/meeting/timer-remaining';
import { migrateDatabase, openDatabase, type DatabaseHandle } from '../../db/client';
import { boards, regions } from '../../db/schema/index';
import { openSyncDatabase, type SyncDatabase } from '../../db/sync-database';
import { MeetingRoom, type MeetingConnection } from './meeting-room';
import { MeetingStorage } from './meeting-storage';

/** The room on a real migrated libSQL file, with a clock the test moves by hand. */
describe('meeting room timer', () => {
  let dir: string;
  let database: DatabaseHandle;
  let syncDb: SyncDatabase;
  const boardId = 'tavle-1';

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'planrom-meeting-room-'));
    const url = `file:${join(dir, 'planrom.db')}`;
    database = await openDatabase(url);
    await migrateDatabase(database);
    await database.db.insert(regions).values({ id: 'r', name: 'Lister', language: 'nb', createdAt: new Date() } as typeof regions.$inferInsert);
    await database.db.insert(boards).values({ id: boardId, regionId: 'r', title: 'Møte', kind: 'canvas', createdAt: new Date(), updatedAt: new Date() });
    syncDb = openSyncDatabase(url);
  });
  afterAll(() => {
    syncDb.close();
    database.close();
    rmSync(dir, { recursive: true, force: true });
  });

  function connect(room: MeetingRoom) {
    let state: MeetingState | null = null;
    const connection: MeetingConnection = {
      participant: { key: 'user:1', id: '1', name: 'Ada', canControl: true },
      send(message: MeetingServerMessage) {
        if (message.type === 'welcome' || message.type === 'state') state = message.state;
      },
      close() {},
    };
    room.join(connection);
    return { send: (message: object) => room.receive(connection, JSON.stringify(message)), state: () => state! };
  }

  it('counts down on the server’s clock, pauses where it was, and starts again from the top once run out', () => {
    let now = 1_000_000;
    const room = new MeetingRoom(boardId, new MeetingStorage(syncDb), () => now);
    const ada = connect(room);
    ada.send({ type: 'timer/set', durationMs: 60_000 });
    ada.send({ type: 'timer/start' });
    now += 20_000;
    expect(timerRemaining(ada.state().timer, now)).toBe(40_000);
    ada.send({ type: 'timer/pause' });
    now += 100_000;
    expect(timerRemaining(ada.state().timer, now)).toBe(40_000);
    ada.send({ type: 'timer/start' });
    now += 45_000;
    expect(timerRemaining(ada.state().timer, now)).toBe(0);
    expect(ada.state().timer.running).toBe(true);
    // Start after the end: a fresh minute, not nothing.
    ada.send({ type: 'timer/start' });
    expect(timerRemaining(ada.state().timer, now)).toBe(60_000);
    // Start while running changes nothing.
    now += 10_000;
    ada.send({ type: 'timer/start' });
    expect(timerRemaining(ada.state().timer, now)).toBe(50_000);
    ada.send({ type: 'timer/reset' });
    expect(ada.state().timer).toEqual({ durationMs: 60_000, running: false, endsAt: null, remainingMs: 60_000 });
  });
});
