import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Client } from '@libsql/client';
import { migrationsFolder } from './client';

const expectedMigrations: number = (JSON.parse(readFileSync(join(migrationsFolder, 'meta/_journal.json'), 'utf8')) as { entries: unknown[] }).entries.length;

/** True when the database answers and every migration in `drizzle/` has been applied. */
export async function isDatabaseMigrated(client: Client): Promise<boolean> {
  try {
    const result = await client.execute('SELECT count(*) AS applied FROM __drizzle_migrations');
    return Number(result.rows[0]?.applied) >= expectedMigrations;
  } catch {
    return false;
  }
}
