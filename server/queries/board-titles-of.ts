import { eq } from 'drizzle-orm';
import type { Database } from '../db/client';
import { boards } from '../db/schema/index';

/** The titles of all a region's boards, archived ones too (for numbering a new board's title). */
export async function boardTitlesOf(db: Database, regionId: string): Promise<string[]> {
  const rows = await db.select({ title: boards.title }).from(boards).where(eq(boards.regionId, regionId));
  return rows.map((board) => board.title);
}
