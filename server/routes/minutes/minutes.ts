import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { languageSchema } from '../../../shared/schemas/language';
import { minutesLimits, type StoredMinutes } from '../../../shared/schemas/minutes';
import { actorOf } from '../../auth/principal';
import { storeMinutes } from '../../commands/store-minutes';
import type { meetingMinutes } from '../../db/schema/index';
import type { AppEnv } from '../../app-env';
import { ApiError, notFound } from '../../lib/errors';
import { authorizeBoard } from '../../policies/authorize-board';
import { boardLanguageOf } from '../../queries/language-of';
import { meetingRecordOf } from '../../queries/meeting-record-of';
import { fillText, regionTexts } from '../../lib/region-texts';
import { attachmentHeader } from '../../lib/attachment-header';
import { fileNameFor } from '../../../shared/files/file-name';
import { norwegianDay } from '../../../shared/barometer/round-status';
import { shortenText } from '../../../shared/i18n/shorten-text';
import type { Catalogue } from '../../../shared/i18n/index';
import { minutesFileOf, minutesOf } from '../../queries/minutes-of';

type MinutesRow = Omit<typeof meetingMinutes.$inferSelect, 'docx' | 'pdf'>;

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

/**
 * A file field of the upload as bytes, checked for size and for what its first bytes say it is;
 * refusals name the field, in the region's language.
 */
async function fileOf(value: unknown, magic: string, field: 'docx' | 'pdf', texts: Catalogue): Promise<Buffer> {
  const problem = (message: string) => [{ path: field, message }];
  if (!(value instanceof File))
    throw new ApiError(400, 'invalid_file', texts['api-fields'][`${field}-missing`], problem(texts['api-fields'][`${field}-missing`]));
  if (value.size > minutesLimits.fileBytes)
    throw new ApiError(413, 'payload_too_large', texts['api-fields']['file-too-large'], problem(texts['api-fields']['file-too-large']));
  const data = Buffer.from(await value.arrayBuffer());
  if (data.subarray(0, magic.length).toString('latin1') !== magic)
    throw new ApiError(400, 'invalid_file', texts['api-fields'][`${field}-invalid`], problem(texts['api-fields'][`${field}-invalid`]));
  return data;
}

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
    const rows = await minutesOf(c.var.db, board.id);
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
      const texts = regionTexts((await boardLanguageOf(c.var.db, board.id)) ?? 'nb');
      const type = (c.req.header('content-type') ?? '').toLowerCase();
      if (!type.startsWith('multipart/form-data')) throw new ApiError(415, 'unsupported_media_type', 'Send referatet som multipart/form-data.');
      const form = await c.req.parseBody();
      const language = languageSchema.safeParse(form.language);
      const startedAt = new Date(String(form.startedAt ?? ''));
      const endedAt = new Date(String(form.endedAt ?? ''));
      if (!language.success || Number.isNaN(startedAt.getTime()) || Number.isNaN(endedAt.getTime()) || endedAt < startedAt) {
        throw new ApiError(400, 'validation_failed', texts.errors.validation_failed, [{ path: 'startedAt', message: texts['api-fields']['minutes-period'] }]);
      }
      // A .docx is a zip file; a PDF says so in its first bytes.
      const docx = await fileOf(form.docx, 'PK', 'docx', texts);
      const pdf = await fileOf(form.pdf, '%PDF-', 'pdf', texts);
      const meeting = { startedAt, endedAt, language: language.data, docx, pdf };
      const row = await storeMinutes(c.var.db, board.id, meeting, actorOf(c.var.principal), c.var.services.now());
      return c.json({ minutes: presentMinutes(row) }, 201);
    },
  )
  .get('/:boardId/minutes/:minutesId/:file{referat\\.(docx|pdf)}', async (c) => {
    const { board } = await authorizeBoard(c.var.db, c.var.principal, c.req.param('boardId'), 'read');
    const kind = c.req.param('file').endsWith('.pdf') ? 'pdf' : 'docx';
    const row = await minutesFileOf(c.var.db, board.id, c.req.param('minutesId'), kind);
    if (!row) throw notFound(regionTexts((await boardLanguageOf(c.var.db, board.id)) ?? 'nb')['api-fields']['minutes-not-found']);
    // The board's title first, shortened at a word so the day always fits in the name.
    const title = shortenText(board.title, 60);
    const name = fillText(regionTexts(row.language).minutes['file-name'], { title, day: norwegianDay(row.createdAt) });
    return c.body(new Uint8Array(row.data), 200, {
      'Content-Type': kind === 'pdf' ? 'application/pdf' : 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'Content-Disposition': attachmentHeader(fileNameFor(name, kind, 'referat')),
      'Cache-Control': 'private, no-store',
    });
  });
