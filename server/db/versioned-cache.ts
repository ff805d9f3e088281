import type { Database } from './client';

interface Kept<V> {
  version: number;
  value: V;
}

/**
 * Keeps values computed from a database under the version of what they were computed from (e.g. a
 * region's board list under `boardListVersion`), and gives a kept value only while the version the
 * caller has just read is still that one. Read the version before computing: a write landing in
 * between leaves a value newer than its version, which the next look (a newer version) replaces,
 * so a kept value is never older than a fresh read. One per process; the database holds the
 * versions, so every process sees another's writes at its next look.
 */
export class VersionedCache<V> {
  private readonly byDatabase = new WeakMap<Database, Map<string, Kept<V>>>();

  constructor(private readonly maxEntries = 256) {}

  async get(db: Database, key: string, version: number, compute: () => Promise<V>): Promise<V> {
    let entries = this.byDatabase.get(db);
    if (!entries) {
      entries = new Map();
      this.byDatabase.set(db, entries);
    }
    const kept = entries.get(key);
    if (kept?.version === version) return kept.value;
    const value = await compute();
    entries.delete(key);
    // The least recently computed goes first (a Map iterates in insertion order).
    if (entries.size >= this.maxEntries) entries.delete(entries.keys().next().value!);
    entries.set(key, { version, value });
    return value;
  }
}
