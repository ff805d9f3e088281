import { describe, expect, it } from 'vitest';
import type { SyncDatabase } from '../db/sync-database';
import { logger } from '../lib/logger';
import { replicaFreshener } from './replica-freshness';
import { singleProcessRoomClaims } from './room-claims';

/** A stand-in for the embedded replica: no libSQL server can run on the machines this is tested on. */
const fakeReplica = () => {
  const replica = { syncs: 0, sync: () => (replica.syncs += 1) };
  return replica;
};

describe('the replica of a libSQL server', () => {
  it('is synced before every room opens, one process alone', async () => {
    const replica = fakeReplica();
    const claims = singleProcessRoomClaims(replicaFreshener(replica as unknown as SyncDatabase, true));
    await claims.opening('diagram', 'tavle', () => {});
    await claims.opening('canvas', 'tavle', () => {});
    expect(replica.syncs).toBe(2);
  });

  it('is left alone for a local file', () => {
    const replica = fakeReplica();
    replicaFreshener(replica as unknown as SyncDatabase, false)();
    expect(replica.syncs).toBe(0);
  });

  it('lets a room open on what it has when the server cannot be reached', async () => {
    const failing = {
      sync: () => {
        throw new Error('unreachable');
      },
    };
    const claims = singleProcessRoomClaims(replicaFreshener(failing as unknown as SyncDatabase, true));
    logger.setLevel('silent');
    try {
      await expect(claims.opening('meeting', 'tavle', () => {})).resolves.toBeUndefined();
    } finally {
      logger.setLevel('info');
    }
  });
});
