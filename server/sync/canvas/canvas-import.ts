import type { RoomSnapshot } from '@tldraw/sync-core';
import type { SerializedSchema, UnknownRecord } from '@tldraw/store';
import { canvasLimits } from '../../../shared/canvas-limits';
import { tldrFileSchema } from '../../../shared/schemas/canvas';
import { ApiError } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { assetIdInPath, canvasAssetPath } from './canvas-asset-path';
import { imageTypeOf } from './canvas-image-type';
import { canvasSchema } from './canvas-room';

/** An image carried inside an imported file, to be stored as one of the board's assets. */
export interface ImportedImage {
  id: string;
  mimeType: string;
  data: Buffer;
}

export interface PreparedImport {
  snapshot: RoomSnapshot;
  images: ImportedImage[];
  shapeCount: number;
}

const invalidFile = (message: string) => new ApiError(400, 'invalid_file', message);
const tooNew = () =>
  new ApiError(400, 'file_too_new', 'Filen er laget med en nyere tldraw enn Planrom kjenner. Oppdater Planrom for å åpne den.');

const documentTypes = new Set<string>(
  Object.values(canvasSchema.types)
    .filter((type) => type.scope === 'document')
    .map((type) => type.typeName),
);

/**
 * Reads a .tldr file for a board: checks its envelope, migrates its records from the tldraw version
 * that wrote it (2.x, 3.x, …) to the current schema, validates every record, and takes images
 * carried inside as data URLs out into assets Planrom will serve. Throws a 400 `invalid_file` with a
 * Norwegian explanation, before anything is changed, when the file cannot be used.
 * @param text the file's content
 * @param boardId the board it goes into (asset addresses point at it)
 */
export function prepareTldrImport(text: string, boardId: string): PreparedImport {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw invalidFile('Filen er ikke en tldraw-fil (.tldr): innholdet er ikke JSON.');
  }
  if (json && typeof json === 'object' && 'document' in json && !('records' in json)) {
    throw new ApiError(400, 'file_too_old', 'Filen er fra tldraw 1, som ikke kan åpnes her. Åpne den i tldraw og lagre den på nytt først.');
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
  if (shapeCount > canvasLimits.maxShapes) {
    throw new ApiError(400, 'too_many_shapes', `Filen har ${shapeCount} figurer; en tavle kan ha høyst ${canvasLimits.maxShapes}.`);
  }

  const images: ImportedImage[] = [];
  const withImages = records.map((record) => {
    if (record.typeName !== 'asset') return record;
    const props = (record as { props?: { src?: unknown } }).props ?? {};
    const src = props.src;
    if (typeof src !== 'string' || assetIdInPath(boardId, src)) return record;
    const image = src.startsWith('data:') ? imageFromDataUrl(src) : null;
    if (image) images.push(image);
    // Images are served by Planrom only: an address elsewhere would make browsers ask a third party.
    return { ...record, props: { ...props, src: image ? canvasAssetPath(boardId, image.id) : null } } as UnknownRecord;
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
  const match = /^data:([\w/+.-]+)?(;base64)?,(.*)$/s.exec(src);
  if (!match || !match[2]) return null;
  const data = Buffer.from(match[3] ?? '', 'base64');
  const mimeType = imageTypeOf(data);
  if (!mimeType || data.length > canvasLimits.maxAssetBytes) return null;
  return { id: newId(), mimeType, data };
}
