import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/**
 * The lock file beside a database file: one line per Planrom process using it, `<pid>` for a
 * process that must be alone (`npm start`) or `<pid> cluster` for one of several (cluster mode).
 */
export const lockPathFor = (databasePath: string) => `${databasePath}.pid`;

interface Holder {
  pid: number;
  cluster: boolean;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The other processes that hold the lock and still run. */
function liveHolders(lock: string): Holder[] {
  if (!existsSync(lock)) return [];
  return readFileSync(lock, 'utf8')
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .map(([pid, mode]) => ({ pid: Number(pid), cluster: mode === 'cluster' }))
    .filter(({ pid }) => Number.isInteger(pid) && pid > 0 && pid !== process.pid && isAlive(pid));
}

/** The PID of a running Planrom on this database file (one of them in cluster mode), or null when none runs. */
export function runningInstance(databasePath: string): number | null {
  return liveHolders(lockPathFor(databasePath))[0]?.pid ?? null;
}

/**
 * Marks the database as in use by this process, so `npm run restore` refuses to replace it under a
 * running server. A lock left by a killed process is taken over. Alone (the default), no other
 * Planrom may use the file; in cluster mode, other cluster-mode processes may, but not one that
 * runs alone (it does not follow the other processes' events and room claims).
 * @returns a function that removes this process from the lock
 */
export function claimInstanceLock(databasePath: string, options: { cluster?: boolean } = {}): () => void {
  const lock = lockPathFor(databasePath);
  const others = liveHolders(lock);
  const blocking = options.cluster ? others.find((holder) => !holder.cluster) : others[0];
  if (blocking) {
    throw new Error(
      options.cluster || blocking.cluster
        ? `Planrom cannot start: ${databasePath} is used by Planrom (PID ${blocking.pid}) ${blocking.cluster ? 'in cluster mode (set PLANROM_CLUSTER=true to join it)' : 'running alone'}.`
        : `Planrom cannot start: another Planrom (PID ${blocking.pid}) already uses ${databasePath}.`,
    );
  }
  // On a fresh install the database's folder does not exist yet.
  mkdirSync(dirname(resolve(lock)), { recursive: true });
  const line = (holder: Holder) => `${holder.pid}${holder.cluster ? ' cluster' : ''}`;
  const write = (holders: Holder[]) => writeFileSync(lock, holders.map(line).join('\n') + '\n');
  write([...others, { pid: process.pid, cluster: !!options.cluster }]);
  return () => {
    if (!existsSync(lock)) return;
    const rest = liveHolders(lock);
    if (rest.length === 0) rmSync(lock, { force: true });
    else write(rest);
  };
}
