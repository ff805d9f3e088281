import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import Database from 'libsql';
import { runningInstance } from './instance-lock';

/** Checks that a file is a healthy Planrom database before it replaces the real one. */
function assertPlanromBackup(path: string): void {
  let db: InstanceType<typeof Database> | null = null;
  try {
    db = new Database(path, { readonly: true } as never);
    const integrity = db.prepare('PRAGMA integrity_check').get() as { integrity_check?: string } | undefined;
    if (integrity?.integrity_check !== 'ok') throw new Error('the file is damaged');
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as Array<{ name: string }>;
    const names = new Set(tables.map((t) => t.name));
    for (const required of ['__drizzle_migrations', 'regions', 'boards']) {
      if (!names.has(required)) throw new Error(`the table ${required} is missing`);
    }
  } catch (error) {
    throw new Error(`${path} er ikke en gyldig Planrom-sikkerhetskopi: ${(error as Error).message}.`, { cause: error });
  } finally {
    db?.close();
  }
}

/**
 * Replaces the database with a backup. Planrom must be stopped; the replaced database is kept
 * beside it as `<name>.before-restore-<time>` so a mistaken restore can be undone. Migrations newer
 * than the backup are applied at the next start.
 * @returns the path where the previous database was kept, or null when there was none
 */
export function restoreDatabase(databasePath: string, backupFile: string): string | null {
  const target = resolve(databasePath);
  const backup = resolve(backupFile);
  if (!existsSync(backup)) throw new Error(`Fant ikke sikkerhetskopien ${backup}.`);
  const pid = runningInstance(target);
  if (pid) throw new Error(`Planrom kjører (PID ${pid}). Stopp Planrom før du gjenoppretter.`);
  assertPlanromBackup(backup);

  const staging = `${target}.restoring`;
  copyFileSync(backup, staging);
  let kept: string | null = null;
  if (existsSync(target)) {
    // Fold the write-ahead log into the old file first, so what we keep aside is complete.
    const old = new Database(target);
    old.pragma('wal_checkpoint(TRUNCATE)');
    old.close();
    kept = `${target}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    renameSync(target, kept);
  }
  for (const suffix of ['-wal', '-shm']) rmSync(`${target}${suffix}`, { force: true });
  renameSync(staging, target);
  return kept;
}
