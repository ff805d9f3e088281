import { z } from 'zod';
import { canvasLimits } from '../canvas-limits';
import { actorRefSchema } from './board';
import { singleLineText } from './text';

/** Why a version of a canvas board exists. */
export const canvasVersionKindSchema = z.enum(['checkpoint', 'named', 'before-restore', 'restored', 'before-import', 'imported']);
export type CanvasVersionKind = z.infer<typeof canvasVersionKindSchema>;

/** Body of `POST /api/boards/:boardId/canvas/versions` ("Lagre versjon"). */
export const createCanvasVersionSchema = z.strictObject({
  name: singleLineText().trim().min(1, 'Gi versjonen et navn.').max(canvasLimits.versionName, `Navnet kan ha høyst ${canvasLimits.versionName} tegn.`),
});
export type CreateCanvasVersionInput = z.input<typeof createCanvasVersionSchema>;

/** A version in a canvas board's history. */
export const canvasVersionSchema = z.object({
  id: z.string(),
  kind: canvasVersionKindSchema,
  /** The name given to it, or the version/file a restore or import was about. */
  name: z.string().nullable(),
  createdAt: z.string(),
  /** Who made it; null for automatic checkpoints. */
  createdBy: actorRefSchema.nullable(),
  /** Everyone who changed the board since the previous version. */
  authors: z.array(z.string()),
  shapeCount: z.number().int(),
});
export type CanvasVersion = z.infer<typeof canvasVersionSchema>;

/** A version with its content, for a read-only preview (a tldraw store snapshot). */
export const canvasVersionContentSchema = z.object({
  version: canvasVersionSchema,
  snapshot: z.object({ store: z.record(z.string(), z.unknown()), schema: z.record(z.string(), z.unknown()) }),
});

/**
 * The envelope of a .tldr file (tldraw's own format). Records inside are migrated from the file's
 * schema and validated by tldraw's record validators on import.
 */
export const tldrFileSchema = z.object({
  tldrawFileFormatVersion: z.number().int().positive(),
  schema: z.looseObject({ schemaVersion: z.union([z.literal(1), z.literal(2)]) }),
  records: z.array(z.looseObject({ id: z.string().min(1).max(200), typeName: z.string().min(1).max(100) })).max(100_000),
});
export type TldrFile = z.infer<typeof tldrFileSchema>;

/** Query of the import routes: the file's name, for the history ("Importert fra …"). */
export const canvasImportQuerySchema = z.object({ name: singleLineText().trim().max(200).optional() });
