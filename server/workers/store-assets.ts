import { getTableName } from 'drizzle-orm';
import { canvasAssets } from '../db/schema/canvas-assets';
import { immediateWrite, type SyncDatabase } from '../db/sync-database';
import { workerDatabase } from './worker-database';

/** One image to store as an asset of a board (the row of `canvas_assets`). */
export interface AssetRow {
  boardId: string;
  id: string;
  mimeType: string;
  size: number;
  sha256: string;
  data: Uint8Array;
  createdAt: number;
  createdById: string | null;
  createdByName: string | null;
}

let connection: { db: SyncDatabase; insert: (row: AssetRow) => void } | null = null;

/**
 * Stores images in the worker thread, through its own synchronous connection to a local database
 * file: writing 40 MB of images took the event loop a second on the main thread. Each image is its
 * own short transaction, so the board rooms' writes never wait long for the lock in between.
 */
export function storeAssets(databaseUrl: string, rows: AssetRow[]): number {
  const db = workerDatabase(databaseUrl);
  if (connection?.db !== db) {
    const a = canvasAssets;
    const statement = db.prepare(
      `INSERT INTO ${getTableName(a)} (${a.boardId.name}, ${a.id.name}, ${a.mimeType.name}, ${a.size.name}, ${a.sha256.name}, ${a.data.name}, ${a.createdAt.name}, ${a.createdById.name}, ${a.createdByName.name}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const insert = immediateWrite(db, (row: AssetRow) => {
      statement.run(
        row.boardId,
        row.id,
        row.mimeType,
        row.size,
        row.sha256,
        Buffer.from(row.data.buffer, row.data.byteOffset, row.data.byteLength),
        row.createdAt,
        row.createdById,
        row.createdByName,
      );
    });
    connection = { db, insert };
  }
  for (const row of rows) connection.insert(row);
  return rows.length;
}
