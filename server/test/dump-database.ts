import type { Client } from '@libsql/client';

/** Every row of every Planrom table, for asserting that a refused request changed nothing. */
export async function dumpDatabase(client: Client, except: string[] = []): Promise<Record<string, unknown[]>> {
  const tables = await client.execute(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__drizzle%' ORDER BY name",
  );
  const dump: Record<string, unknown[]> = {};
  for (const { name } of tables.rows) {
    if (except.includes(String(name))) continue;
    const rows = await client.execute(`SELECT * FROM "${String(name)}" ORDER BY rowid`);
    dump[String(name)] = rows.rows.map((row) => ({ ...row }));
  }
  return dump;
}
