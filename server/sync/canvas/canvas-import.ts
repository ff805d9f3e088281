import { createHash } from 'node:crypto';
import type { RoomSnapshot } from '@tldraw/sync-core';
import type { SerializedSchema, UnknownRecord } from '@tldraw/store';
import { canvasLimits } from '../../../shared/canvas-limits';
import { tldrFileSchema } from '../../../shared/schemas/canvas';
import { ApiError } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { canvasAssetPath } from './canvas-asset-path';
import { assetProblemOf } from './canvas-asset-src';
import { imageTypeOf } from './canvas-image-type';
import { canvasSchema } from './canvas-schema';

/** An image carried inside an imported file, to be stored as one of the board's assets. */
export interface ImportedImage {
  id: string;
  mimeType: string;
  data: Buffer;
  /** Hex SHA-256 of the bytes (worked out in the import worker, not on the event loop). */
  sha256: string;
}

export interface PreparedImport {
  snapshot: RoomSnapshot;
  images: ImportedImage[];
  shapeCount: number;
}

const invalidFile = (message: string) => new ApiError(400, 'invalid_file', message);
const tooNew = () => new ApiError(400, 'file_too_new', 'Filen er laget med en nyere tldraw enn Planrom kjenner. Oppdater Planrom for å åpne den.');

const documentTypes = new Set<string>(
  Object.values(canvasSchema.types)
    .filter((type) => type.scope === 'document')
    .map((type) => type.typeName),
);

/** Most records a file may have (tldraw's own pages, cameras and the like come on top of the shapes). */
const maxRecords = 100_000;
const shapeMarker = /"typeName"\s*:\s*"shape"/g;
const recordMarker = /"typeName"\s*:/g;

const tooManyShapes = (count: number) => new ApiError(400, 'too_many_shapes', `Filen har ${count} figurer; en tavle kan ha høyst ${canvasLimits.maxShapes}.`);

/**
 * Reads a .tldr file for a board: checks its envelope, migrates its records from the tldraw version
 * that wrote it (2.x, 3.x, …) to the current schema, validates every record, and takes images
 * carried inside as data URLs out into assets Planrom will serve. Throws a 400 `invalid_file` with a
 * Norwegian explanation, before anything is changed, when the file cannot be used. The cheap limits
 * come first: records and shapes are counted in the raw text before anything is parsed, and again
 * before anything is migrated, so an oversized file is refused at once. Runs in an import worker
 * (server/workers), never on the event loop that serves the rooms.
 * @param file the file's content (bytes as uploaded, or text)
 * @param boardId the board it goes into (asset addresses point at it)
 */
export function prepareTldrImport(file: string | Uint8Array, boardId: string): PreparedImport {
  const text = typeof file === 'string' ? file : new TextDecoder().decode(file);
  const roughShapes = countMatches(text, shapeMarker);
  if (roughShapes > canvasLimits.maxShapes) throw tooManyShapes(roughShapes);
  if (countMatches(text, recordMarker) > maxRecords * 2) throw invalidFile(`Filen har flere enn ${maxRecords} elementer.`);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw invalidFile('Filen er ikke en tldraw-fil (.tldr): innholdet er ikke JSON.');
  }
  if (json && typeof json === 'object' && 'document' in json && !('records' in json)) {
    throw new ApiError(400, 'file_too_old', 'Filen er fra tldraw 1, som ikke kan åpnes her. Åpne den i tldraw og lagre den på nytt først.');
  }
  const rawRecords = (json as { records?: unknown } | null)?.records;
  if (Array.isArray(rawRecords)) {
    if (rawRecords.length > maxRecords) throw invalidFile(`Filen har ${rawRecords.length} elementer; høyst ${maxRecords} kan leses.`);
    const shapes = rawRecords.filter((record) => (record as { typeName?: unknown } | null)?.typeName === 'shape').length;
    if (shapes > canvasLimits.maxShapes) throw tooManyShapes(shapes);
  }
  const envelope = tldrFileSchema.safeParse(json);
  if (!envelope.success) throw invalidFile('Filen er ikke en tldraw-fil (.tldr).');
  if (envelope.data.tldrawFileFormatVersion > 1) throw tooNew();

  if (isNewerThanOurs(envelope.data.schema)) throw tooNew();

  const seen = new Set<string>();
  for (const record of envelope.data.records) {
    if (seen.has(record.id)) throw invalidFile('Filen har to elementer med samme id.');
    seen.add(record.id);
  }
  const store = Object.fromEntries(envelope.data.records.map((record) => [record.id, record as unknown as UnknownRecord]));
  let migrated: Record<string, UnknownRecord>;
  try {
    const result = canvasSchema.migrateStoreSnapshot({ store: store as never, schema: envelope.data.schema as unknown as SerializedSchema });
    if (result.type === 'error') {
      if (result.reason === 'target-version-too-old') throw tooNew();
      throw invalidFile('Filen kunne ikke gjøres om til denne versjonen av tldraw.');
    }
    migrated = result.value as Record<string, UnknownRecord>;
  } catch (error) {
    if (error instanceof ApiError) throw error;
    throw invalidFile('Filen har innhold som ikke kan leses.');
  }

  const records = Object.values(migrated).filter((record) => documentTypes.has(record.typeName));
  for (const record of records) {
    try {
      (canvasSchema.types as Record<string, { validate(record: unknown): unknown }>)[record.typeName]!.validate(record);
    } catch {
      throw invalidFile(`Filen har et element som ikke er gyldig (${record.typeName}).`);
    }
  }
  if (!records.some((record) => record.typeName === 'page')) throw invalidFile('Filen har ingen sider.');
  checkReferences(records);
  const shapeCount = records.filter((record) => record.typeName === 'shape').length;
  if (shapeCount > canvasLimits.maxShapes) throw tooManyShapes(shapeCount);

  const images: ImportedImage[] = [];
  const withImages = records.map((record) => {
    if (record.typeName !== 'asset') return record;
    const props = (record as { props?: { src?: unknown } }).props ?? {};
    const problem = assetProblemOf(boardId, record);
    if (!problem) return record;
    // An image carried inside (a data URL, in any letter case) becomes one of the board's own assets.
    const image = problem === 'inline-image' && typeof props.src === 'string' ? imageFromDataUrl(props.src) : null;
    const moved = image ? ({ ...record, props: { ...props, src: canvasAssetPath(boardId, image.id) } } as UnknownRecord) : null;
    if (!image || !moved || assetProblemOf(boardId, moved)) {
      // Images are served by Planrom only: an address elsewhere would make browsers ask a third party.
      throw new ApiError(
        400,
        'foreign_asset',
        problem === 'inline-image'
          ? `Filen har et bilde Planrom ikke kan lagre (${record.id}): bare PNG, JPEG, GIF og WebP på høyst ${canvasLimits.maxAssetBytes / 1024 / 1024} MB.`
          : `Filen har et bilde fra en annen nettadresse (${record.id}). Planrom viser bare bilder som er lastet opp til tavla.`,
      );
    }
    images.push(image);
    return moved;
  });

  return {
    snapshot: {
      schema: canvasSchema.serialize(),
      documents: withImages.map((state) => ({ state, lastChangedClock: 0 })),
    },
    images,
    shapeCount,
  };
}

/**
 * Refuses a file whose records point at records it does not have (a figure on a missing page or
 * in a missing group, an arrow bound to a missing figure, an image without its file): tldraw would
 * show such a board broken or drop parts of it without a word.
 */
function checkReferences(records: UnknownRecord[]): void {
  const typeOf = new Map(records.map((record) => [record.id as string, record.typeName]));
  for (const record of records) {
    const fields = record as UnknownRecord & { parentId?: unknown; fromId?: unknown; toId?: unknown; props?: { assetId?: unknown } };
    if (record.typeName === 'shape') {
      const parent = typeOf.get(String(fields.parentId));
      if (parent !== 'page' && parent !== 'shape') throw invalidFile('Filen har en figur på en side eller i en gruppe som ikke finnes i filen.');
      const assetId = fields.props?.assetId;
      if (typeof assetId === 'string' && typeOf.get(assetId) !== 'asset') throw invalidFile('Filen har et bilde eller en video uten selve filen.');
    } else if (record.typeName === 'binding') {
      if (typeOf.get(String(fields.fromId)) !== 'shape' || typeOf.get(String(fields.toId)) !== 'shape') {
        throw invalidFile('Filen har en kobling til en figur som ikke finnes i filen.');
      }
    }
  }
}

/** Whether a file's schema has record versions this Planrom's tldraw does not know yet. */
function isNewerThanOurs(schema: { schemaVersion: number; sequences?: unknown }): boolean {
  if (schema.schemaVersion !== 2 || !schema.sequences || typeof schema.sequences !== 'object') return false;
  const ours = (canvasSchema.serialize() as { sequences: Record<string, number> }).sequences;
  return Object.entries(schema.sequences as Record<string, unknown>).some(
    ([sequence, version]) => typeof version === 'number' && sequence in ours && version > ours[sequence]!,
  );
}

/** An image from a data URL, if it is one of the types and sizes Planrom stores. */
function imageFromDataUrl(src: string): ImportedImage | null {
  const match = /^\s*data:([\w/+.-]+)?(;base64)?,(.*)$/is.exec(src);
  if (!match || !match[2]) return null;
  const data = Buffer.from(match[3] ?? '', 'base64');
  const mimeType = imageTypeOf(data);
  if (!mimeType || data.length > canvasLimits.maxAssetBytes) return null;
  return { id: newId(), mimeType, data, sha256: createHash('sha256').update(data).digest('hex') };
}

/** How many times a pattern occurs (a cheap count in the raw text before parsing). */
function countMatches(text: string, pattern: RegExp): number {
  let count = 0;
  pattern.lastIndex = 0;
  while (pattern.exec(text)) count += 1;
  return count;
}
