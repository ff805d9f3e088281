import { localDatabasePath } from '../db/client';
import { readEnv } from '../env';
import { restoreDatabase } from './restore-database';

/** `npm run restore -- <file>`: puts a backup in place of the database of a stopped Planrom. */
const backup = process.argv[2];
try {
  if (!backup) throw new Error('Bruk: npm run restore -- <fil>   (Planrom må være stoppet)');
  const env = readEnv();
  const path = localDatabasePath(env.DATABASE_URL);
  if (!path) throw new Error('DATABASE_URL peker på en libSQL-server. Gjenopprett på serveren (sqld) i stedet.');
  const kept = restoreDatabase(path, backup);
  console.log(`Gjenopprettet ${backup} til ${path}.`);
  if (kept) console.log(`Den forrige databasen er tatt vare på i ${kept}.`);
  console.log('Start Planrom igjen med npm start.');
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
