import { and, desc, eq } from 'drizzle-orm';
import type { Database } from '../db/client';
import { meetingMinutes } from '../db/schema/index';

/** What a list of minutes shows (not the files). */
const minutesColumns = {
  id: meetingMinutes.id,
  boardId: meetingMinutes.boardId,
  startedAt: meetingMinutes.startedAt,
  endedAt: meetingMinutes.endedAt,
  language: meetingMinutes.language,
  createdAt: meetingMinutes.createdAt,
  createdById: meetingMinutes.createdById,
  createdByName: meetingMinutes.createdByName,
};

/** A board's stored minutes, the newest first, without their files. */
export async function minutesOf(db: Database, boardId: string) {
  return db.select(minutesColumns).from(meetingMinutes).where(eq(meetingMinutes.boardId, boardId)).orderBy(desc(meetingMinutes.createdAt));
}

/** One file (Word or PDF) of a board's minutes, with when it was made, or undefined. */
export async function minutesFileOf(db: Database, boardId: string, minutesId: string, kind: 'docx' | 'pdf') {
  const [row] = await db
    .select({ data: kind === 'pdf' ? meetingMinutes.pdf : meetingMinutes.docx, createdAt: meetingMinutes.createdAt, language: meetingMinutes.language })
    .from(meetingMinutes)
    .where(and(eq(meetingMinutes.boardId, boardId), eq(meetingMinutes.id, minutesId)))
    .limit(1);
  return row;
}
