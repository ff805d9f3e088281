import type { SyncDatabase } from '../db/sync-database';
import { logger } from '../lib/logger';

/**
 * With a libSQL server URL, the rooms' synchronous connection reads an embedded replica, which
 * only knows what it was last synced to. This pulls the primary's newest frames into it (a
 * blocking round trip; called before a room loads and when another process says it wrote).
 * With a local file there is nothing to do.
 */
export function replicaFreshener(syncDb: SyncDatabase, isReplica: boolean): () => void {
  if (!isReplica) return () => {};
  return () => {
    try {
      (syncDb as unknown as { sync(): unknown }).sync();
    } catch (error) {
      // The room then loads what the replica has; the next sync catches up.
      logger.error('Could not sync the database replica from the libSQL server', error);
    }
  };
}
