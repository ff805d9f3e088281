import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { AccessEvents } from '../auth/access-events';
import { migrateDatabase, openDatabase, type DatabaseHandle } from '../db/client';
import { memberships, regions, users } from '../db/schema/index';
import { newId } from '../lib/ids';
import { changeMemberRole } from './change-member-role';
import { removeMember } from './remove-member';

/**
 * The last-coordinator rule under concurrency, below HTTP: two changes started at the same moment
 * on one connection pool, and on two separate clients of the same file (as two server processes
 * would be). A count read before the write let both pass and left the region without a coordinator.
 */
describe('a region keeps a coordinator when two changes race', () => {
  let dir: string;
  let first: DatabaseHandle;
  let second: DatabaseHandle;
  const events = new AccessEvents();

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'planrom-coordinator-'));
    const url = `file:${join(dir, 'planrom.db')}`;
    first = await openDatabase(url);
    await migrateDatabase(first);
    second = await openDatabase(url);
  });
  afterAll(() => {
    first.close();
    second.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** A region with two coordinators; returns its id and theirs. */
  async function regionWithTwoCoordinators() {
    const regionId = newId();
    const now = new Date();
    const people = [newId(), newId()] as const;
    await first.db.insert(regions).values({ id: regionId, name: `Region ${regionId}`, createdAt: now });
    for (const id of people) {
      await first.db.insert(users).values({ id, email: `${id}@kommune.test`, displayName: id, passwordHash: 'x', createdAt: now, passwordChangedAt: now });
      await first.db.insert(memberships).values({ regionId, userId: id, role: 'koordinator', createdAt: now });
    }
    return { regionId, people };
  }

  async function coordinatorsOf(regionId: string) {
    const rows = await first.db
      .select({ userId: memberships.userId })
      .from(memberships)
      .where(and(eq(memberships.regionId, regionId), eq(memberships.role, 'koordinator')));
    return rows.length;
  }

  const outcomes = (results: PromiseSettledResult<unknown>[]) =>
    results.map((r) => (r.status === 'fulfilled' ? 'ok' : ((r.reason as { code?: string }).code ?? String(r.reason)))).sort();

  it('lets only one of two simultaneous demotions through (one client)', async () => {
    for (let round = 0; round < 5; round += 1) {
      const { regionId, people } = await regionWithTwoCoordinators();
      const results = await Promise.allSettled(people.map((userId) => changeMemberRole(first.db, events, regionId, userId, 'medlem')));
      expect(outcomes(results)).toEqual(['last_coordinator', 'ok']);
      expect(await coordinatorsOf(regionId)).toBe(1);
    }
  });

  it('lets only one of two simultaneous demotions through (two processes on one file)', async () => {
    for (let round = 0; round < 5; round += 1) {
      const { regionId, people } = await regionWithTwoCoordinators();
      const results = await Promise.allSettled([
        changeMemberRole(first.db, events, regionId, people[0], 'observator'),
        changeMemberRole(second.db, events, regionId, people[1], 'observator'),
      ]);
      expect(outcomes(results)).toEqual(['last_coordinator', 'ok']);
      expect(await coordinatorsOf(regionId)).toBe(1);
    }
  });

  it('lets only one of two coordinators leave at once, and not one leave while the other is demoted', async () => {
    const leaving = await regionWithTwoCoordinators();
    const left = await Promise.allSettled(leaving.people.map((userId) => removeMember(first.db, events, leaving.regionId, userId)));
    expect(outcomes(left)).toEqual(['last_coordinator', 'ok']);
    expect(await coordinatorsOf(leaving.regionId)).toBe(1);

    const mixed = await regionWithTwoCoordinators();
    const results = await Promise.allSettled([
      removeMember(second.db, events, mixed.regionId, mixed.people[0]),
      changeMemberRole(first.db, events, mixed.regionId, mixed.people[1], 'medlem'),
    ]);
    expect(outcomes(results)).toEqual(['last_coordinator', 'ok']);
    expect(await coordinatorsOf(mixed.regionId)).toBe(1);
  });

  it('still lets a coordinator be demoted when another remains, and says 404 for no member', async () => {
    const { regionId, people } = await regionWithTwoCoordinators();
    await changeMemberRole(first.db, events, regionId, people[0], 'medlem');
    await expect(changeMemberRole(first.db, events, regionId, people[1], 'medlem')).rejects.toMatchObject({ status: 409, code: 'last_coordinator' });
    await changeMemberRole(first.db, events, regionId, people[0], 'koordinator');
    expect(await coordinatorsOf(regionId)).toBe(2);
    await expect(changeMemberRole(first.db, events, regionId, newId(), 'medlem')).rejects.toMatchObject({ status: 404, code: 'not_found' });
    await expect(removeMember(first.db, events, regionId, newId())).rejects.toMatchObject({ status: 404 });
  });
});
