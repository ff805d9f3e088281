import type { Client } from '@libsql/client';
import { Column, fillPlaceholders, type Query } from 'drizzle-orm';
import { QueryBuilder, type SQLiteColumn, type SQLiteSelectBuilder } from 'drizzle-orm/sqlite-core';
import type { Database } from './client';
import type { SyncDatabase } from './sync-database';

/*
 * Why the hot read paths (session lookup, authorization, a region's board list) do not go through
 * drizzle + @libsql/client: measured on this machine, a one-row select costs ~250 µs of CPU there
 * (building the query ~150 µs, preparing the statement again and turning every row into an object
 * with `Object.defineProperty` per column ~80 µs) and 100 board rows ~1,850 µs; the same select as a
 * statement prepared once on a synchronous libSQL connection costs ~10 µs and ~350 µs. Drizzle still
 * writes the SQL (from the schema) and decodes the values (its column mappers); only the execution
 * moves.
 */

const readConnections = new WeakMap<Database, SyncDatabase>();

/**
 * Lets read statements on `db` run on `connection`, a synchronous connection to the same local
 * database file (see `openReadConnection`). Without one they run through `db`'s own client (a libSQL
 * server URL, or tests that open a database without the server).
 */
export function useReadConnection(db: Database, connection: SyncDatabase): void {
  readConnections.set(db, connection);
}

/** The @libsql/client behind a drizzle database (drizzle keeps it as `$client`). */
const clientOf = (db: Database) => (db as Database & { $client: Client }).$client;

type Selection = Record<string, SQLiteColumn>;
interface BuiltSelect {
  toSQL(): Query;
  _: { result: unknown[] };
}
type Statement = ReturnType<SyncDatabase['prepare']>;

export interface ReadStatement<Row, Values extends Record<string, unknown>> {
  all(db: Database, values: Values): Promise<Row[]>;
  get(db: Database, values: Values): Promise<Row | undefined>;
}

/**
 * A select written with drizzle's query builder over a flat selection of columns, compiled once and
 * run as a prepared statement (raw rows, decoded by the columns' own mappers). Parameters are
 * `sql.placeholder(name)`s, given as `values` at each call in the database's own form (numbers for
 * timestamps, not `Date`s).
 *
 * @example
 * const regionById = readStatement({ id: regions.id, name: regions.name }, (q) =>
 *   q.from(regions).where(eq(regions.id, sql.placeholder('id'))));
 * const region = await regionById.get(db, { id });
 */
export function readStatement<S extends Selection, Q extends BuiltSelect, Values extends Record<string, unknown>>(
  selection: S,
  build: (select: SQLiteSelectBuilder<S, 'sync', void, 'qb'>) => Q,
): ReadStatement<Q['_']['result'][number], Values> {
  type Row = Q['_']['result'][number];
  const fields = Object.entries(selection);
  for (const [key, column] of fields) {
    if (!(column instanceof Column)) throw new Error(`readStatement: "${key}" is not a column`);
  }
  const { sql, params } = build(new QueryBuilder().select(selection)).toSQL();
  const statements = new WeakMap<SyncDatabase, Statement>();

  const decode = (values: ArrayLike<unknown>): Row => {
    const row: Record<string, unknown> = {};
    for (let i = 0; i < fields.length; i++) {
      const [key, column] = fields[i]!;
      const value = values[i];
      row[key] = value === null || value === undefined ? null : column.mapFromDriverValue(value);
    }
    return row as Row;
  };

  const statementOn = (connection: SyncDatabase) => {
    let statement = statements.get(connection);
    if (!statement) {
      statement = connection.prepare(sql).raw(true);
      statements.set(connection, statement);
    }
    return statement;
  };

  const rows = async (db: Database, values: Values, first: boolean): Promise<ArrayLike<unknown>[]> => {
    const args = fillPlaceholders(params, values) as Array<string | number | null>;
    const connection = readConnections.get(db);
    if (!connection) return (await clientOf(db).execute({ sql, args })).rows;
    // One row: `get` is a single call into libSQL (`all` steps through an iterator).
    if (first) {
      const row = statementOn(connection).get(args) as unknown[] | undefined;
      return row ? [row] : [];
    }
    return statementOn(connection).all(args) as unknown[][];
  };

  return {
    all: async (db, values) => (await rows(db, values, false)).map(decode),
    get: async (db, values) => {
      const [first] = await rows(db, values, true);
      return first ? decode(first) : undefined;
    },
  };
}
