import type { Language } from '../../shared/schemas/language';
import type { Database } from '../db/client';
import { meetingMinutes } from '../db/schema/index';
import { newId } from '../lib/ids';

type MinutesRow = Omit<typeof meetingMinutes.$inferSelect, 'docx' | 'pdf'>;

/**
 * Stores the minutes of a meeting on a board: the Word and PDF files the browser made, checked by
 * the caller.
 * @param by who stores them
 * @returns the stored minutes without their files
 */
export async function storeMinutes(
  db: Database,
  boardId: string,
  input: { startedAt: Date; endedAt: Date; language: Language; docx: Buffer; pdf: Buffer },
  by: { id: string | null; name: string } | null,
  now: Date,
): Promise<MinutesRow> {
  const { docx, pdf, ...meeting } = input;
  const row: MinutesRow = { id: newId(), boardId, ...meeting, createdAt: now, createdById: by?.id ?? null, createdByName: by?.name ?? null };
  await db.insert(meetingMinutes).values({ ...row, docx, pdf });
  return row;
}
