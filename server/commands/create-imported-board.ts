import type { Database } from '../db/client';
import type { boards } from '../db/schema/index';
import { createBoard, type NewBoard } from './create-board';
import { deleteBoard } from './delete-board';

type BoardRow = typeof boards.$inferSelect;

/**
 * Creates a canvas board for an imported .tldr file (through `createBoard`, like every new board)
 * and stores the file's images with it. The images may be tens of megabytes and are written by a
 * worker thread on its own connection, so they cannot share the board's batch; if storing them
 * fails the board is deleted again, and an invalid import leaves nothing behind. The file's shapes
 * go in afterwards through the board's room, which keeps them in its history.
 * @param input the new board (its id is the one the file's image addresses were made for)
 * @param storeImages writes the images as assets of the board, once the board exists
 * @returns the new board's row
 */
export async function createImportedBoard(
  db: Database,
  input: Omit<NewBoard, 'content' | 'kind'> & { id: string },
  storeImages: () => Promise<void>,
): Promise<BoardRow> {
  const row = await createBoard(db, { ...input, kind: 'canvas', content: null });
  try {
    await storeImages();
  } catch (error) {
    await deleteBoard(db, row.id);
    throw error;
  }
  return row;
}
