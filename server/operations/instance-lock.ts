import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/** The lock file beside a database file, holding the PID of the Planrom that uses it. */
export const lockPathFor = (databasePath: string) => `${databasePath}.pid`;

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The PID of a running Planrom on this database file, or null when none runs. */
export function runningInstance(databasePath: string): number | null {
  const lock = lockPathFor(databasePath);
  if (!existsSync(lock)) return null;
  const pid = Number(readFileSync(lock, 'utf8').trim());
  return Number.isInteger(pid) && pid > 0 && pid !== process.pid && isAlive(pid) ? pid : null;
}

/**
 * Marks the database as in use by this process, so `npm run restore` refuses to replace it under a
 * running server. A lock left by a killed process is taken over.
 * @returns a function that removes the lock
 */
export function claimInstanceLock(databasePath: string): () => void {
  const other = runningInstance(databasePath);
  if (other) {
    throw new Error(`Planrom cannot start: another Planrom (PID ${other}) already uses ${databasePath}.`);
  }
  const lock = lockPathFor(databasePath);
  // On a fresh install the database's folder does not exist yet.
  mkdirSync(dirname(resolve(lock)), { recursive: true });
  writeFileSync(lock, String(process.pid));
  return () => {
    if (existsSync(lock) && readFileSync(lock, 'utf8').trim() === String(process.pid)) rmSync(lock, { force: true });
  };
}
