import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import Database from 'libsql';

/**
 * Writes a consistent copy of the database to `target` with SQLite's `VACUUM INTO`: one read
 * transaction, so the copy is a single point in time even while Planrom keeps writing (WAL mode
 * lets the copy and the writers run side by side).
 * @returns the size of the copy in bytes
 */
export function backupDatabase(databasePath: string, target: string): number {
  const source = resolve(databasePath);
  const destination = resolve(target);
  if (!existsSync(source)) throw new Error(`Fant ingen database i ${source}.`);
  if (existsSync(destination)) throw new Error(`${destination} finnes allerede. Velg et nytt filnavn.`);
  const db = new Database(source, { timeout: 10_000 } as never);
  try {
    db.prepare('VACUUM INTO ?').run(destination);
  } finally {
    db.close();
  }
  return statSync(destination).size;
}
