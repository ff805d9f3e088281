import { localDatabasePath } from '../db/client';
import { readEnv } from '../env';
import { backupDatabase } from './backup-database';

/** `npm run backup -- <file>`: a consistent copy of the database, safe while Planrom runs. */
const target = process.argv[2];
try {
  if (!target) throw new Error('Bruk: npm run backup -- <fil>   (for eksempel: npm run backup -- planrom-2026-11-26.db)');
  const env = readEnv();
  const path = localDatabasePath(env.DATABASE_URL);
  if (!path) {
    throw new Error('DATABASE_URL peker på en libSQL-server. Ta sikkerhetskopi på serveren (sqld) i stedet.');
  }
  const bytes = backupDatabase(path, target);
  console.log(`Sikkerhetskopi lagret i ${target} (${(bytes / 1024).toFixed(0)} KB).`);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
