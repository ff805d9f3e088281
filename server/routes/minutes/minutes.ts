import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { and, desc, eq } from 'drizzle-orm';
import { languageSchema } from '../../../shared/schemas/language';
import { minutesLimits, type StoredMinutes } from '../../../shared/schemas/minutes';
import { actorOf } from '../../auth/principal';
import { meetingMinutes } from '../../db/schema/index';
import type { AppEnv } from '../../app-env';
import { ApiError, notFound } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { authorizeBoard } from '../../policies/authorize-board';
import { meetingRecordOf } from '../../queries/meeting-record-of';

type MinutesRow = Omit<typeof meetingMinutes.$inferSelect, 'docx' | 'pdf'>;

const invalidFile = (message: string) => new ApiError(400, 'invalid_file', message);

function presentMinutes(row: MinutesRow): StoredMinutes {
  const base = `/api/boards/${row.boardId}/minutes/${row.id}`;
  return {
    id: row.id,
    startedAt: row.startedAt.toISOString(),
    endedAt: row.endedAt.toISOString(),
    language: row.language,
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdByName,
    docxPath: `${base}/referat.docx`,
    pdfPath: `${base}/referat.pdf`,
  };
}

/** A file field of the upload as bytes, checked for size and for what its first bytes say it is. */
async function fileOf(value: unknown, magic: string, what: string): Promise<Buffer> {
  if (!(value instanceof File)) throw invalidFile(`Mangler ${what}.`);
  if (value.size > minutesLimits.fileBytes) throw new ApiError(413, 'payload_too_large', `${what} er for stor.`);
  const data = Buffer.from(await value.arrayBuffer());
  if (data.subarray(0, magic.length).toString('latin1') !== magic) throw invalidFile(`${what} er ikke en gyldig fil.`);
  return data;
}

const columns = {
  id: meetingMinutes.id,
  boardId: meetingMinutes.boardId,
  startedAt: meetingMinutes.startedAt,
  endedAt: meetingMinutes.endedAt,
  language: meetingMinutes.language,
  createdAt: meetingMinutes.createdAt,
  createdById: meetingMinutes.createdById,
  createdByName: meetingMinutes.createdByName,
};

/**
 * `/api/boards/:boardId/minutes`: minutes (referat) of the meetings on a board. Editors get what
 * happened in the meeting just held, make the files in the browser (which has the notes' text and
 * the board's image) and store them with the board; everyone who can open the board can read them.
 */
export const minutesRoutes = new Hono<AppEnv>()
  .get('/:boardId/minutes/draft', async (c) => {
    const { board } = await authorizeBoard(c.var.db, c.var.principal, c.req.param('boardId'), 'write');
    return c.json({ record: await meetingRecordOf(c.var.db, board, c.var.services.now()) });
  })
  .get('/:boardId/minutes', async (c) => {
    const { board } = await authorizeBoard(c.var.db, c.var.principal, c.req.param('boardId'), 'read');
    const rows = await c.var.db.select(columns).from(meetingMinutes).where(eq(meetingMinutes.boardId, board.id)).orderBy(desc(meetingMinutes.createdAt));
    return c.json({ minutes: rows.map(presentMinutes) });
  })
  .post(
    '/:boardId/minutes',
    bodyLimit({
      maxSize: minutesLimits.fileBytes * 2 + 64 * 1024,
      onError: () => {
        throw new ApiError(413, 'payload_too_large', 'Referatet er for stort.');
      },
    }),
    async (c) => {
      const { board } = await authorizeBoard(c.var.db, c.var.principal, c.req.param('boardId'), 'write');
      const type = (c.req.header('content-type') ?? '').toLowerCase();
      if (!type.startsWith('multipart/form-data')) throw new ApiError(415, 'unsupported_media_type', 'Send referatet som multipart/form-data.');
      const form = await c.req.parseBody();
      const language = languageSchema.safeParse(form.language);
      const startedAt = new Date(String(form.startedAt ?? ''));
      const endedAt = new Date(String(form.endedAt ?? ''));
      if (!language.success || Number.isNaN(startedAt.getTime()) || Number.isNaN(endedAt.getTime()) || endedAt < startedAt) {
        throw new ApiError(400, 'validation_failed', 'Språk eller tidsrom mangler.', [{ path: 'startedAt', message: 'Ugyldig tidsrom eller språk.' }]);
      }
      // A .docx is a zip file; a PDF says so in its first bytes.
      const docx = await fileOf(form.docx, 'PK', 'Word-filen');
      const pdf = await fileOf(form.pdf, '%PDF-', 'PDF-filen');
      const by = actorOf(c.var.principal);
      const row = {
        id: newId(),
        boardId: board.id,
        startedAt,
        endedAt,
        language: language.data,
        createdAt: c.var.services.now(),
        createdById: by?.id ?? null,
        createdByName: by?.name ?? null,
      };
      await c.var.db.insert(meetingMinutes).values({ ...row, docx, pdf });
      return c.json({ minutes: presentMinutes(row) }, 201);
    },
  )
  .get('/:boardId/minutes/:minutesId/:file{referat\\.(docx|pdf)}', async (c) => {
    const { board } = await authorizeBoard(c.var.db, c.var.principal, c.req.param('boardId'), 'read');
    const kind = c.req.param('file').endsWith('.pdf') ? 'pdf' : 'docx';
    const [row] = await c.var.db
      .select({ data: kind === 'pdf' ? meetingMinutes.pdf : meetingMinutes.docx, createdAt: meetingMinutes.createdAt })
      .from(meetingMinutes)
      .where(and(eq(meetingMinutes.boardId, board.id), eq(meetingMinutes.id, c.req.param('minutesId'))))
      .limit(1);
    if (!row) throw notFound('Fant ikke referatet.');
    const day = row.createdAt.toISOString().slice(0, 10);
    return c.body(new Uint8Array(row.data), 200, {
      'Content-Type': kind === 'pdf' ? 'application/pdf' : 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'Content-Disposition': `attachment; filename="referat-${day}.${kind}"`,
      'Cache-Control': 'private, no-store',
    });
  });
