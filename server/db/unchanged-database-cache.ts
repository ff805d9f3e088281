import type { Database } from './client';
import { databaseVersion } from './read-statement';

interface Entries<V> {
  version: number;
  values: Map<string, V>;
}

/**
 * Keeps values computed from the database for as long as nothing has been committed to it since:
 * any commit by any connection, in this process or another on the same file, changes SQLite's
 * `data_version` (`databaseVersion`) and empties the cache at the next look. So a cached value is
 * exactly what computing it again would give. A value computed while a commit lands is kept under
 * the version read before, which the next look already finds outdated. Without a read connection
 * (a libSQL server) nothing is kept.
 */
export class UnchangedDatabaseCache<V> {
  private readonly byDatabase = new WeakMap<Database, Entries<V>>();

  constructor(private readonly maxEntries = 256) {}

  async get(db: Database, key: string, compute: () => Promise<V>): Promise<V> {
    const version = databaseVersion(db);
    if (version === null) return compute();
    let entries = this.byDatabase.get(db);
    if (!entries || entries.version !== version) {
      entries = { version, values: new Map() };
      this.byDatabase.set(db, entries);
    }
    const cached = entries.values.get(key);
    if (cached !== undefined) return cached;
    const value = await compute();
    if (entries.values.size >= this.maxEntries) entries.values.clear();
    entries.values.set(key, value);
    return value;
  }
}
