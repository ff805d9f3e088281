import { z } from 'zod';
import { diagramLimits } from '../diagram/vocabulary';
import { singleLineText } from './text';

/**
 * Body of `POST /api/boards/:boardId/diagram/import`: a diagram in Planrom's JSON format (replaces
 * the diagram) or an actor CSV (adds and updates actors). The file is checked on the server in
 * full; any problem refuses the whole file and changes nothing.
 */
export const importDiagramSchema = z.discriminatedUnion('format', [
  z.strictObject({ format: z.literal('json'), document: z.unknown() }),
  z.strictObject({ format: z.literal('csv'), text: z.string().max(diagramLimits.importBytes) }),
]);
export type ImportDiagramInput = z.input<typeof importDiagramSchema>;

/** Body of `POST /api/boards/:boardId/diagram/versions`: keep the current state as a named version. */
export const saveDiagramVersionSchema = z.strictObject({
  label: singleLineText().trim().max(diagramLimits.versionLabel).optional(),
});
export type SaveDiagramVersionInput = z.input<typeof saveDiagramVersionSchema>;

/** Why a version exists. */
export const diagramVersionReasonSchema = z.enum(['compaction', 'manual', 'before-import', 'before-restore', 'copy']);
export type DiagramVersionReason = z.infer<typeof diagramVersionReasonSchema>;

/** A version in a diagram board's history, as the API presents it. */
export const diagramVersionSchema = z.object({
  id: z.string(),
  reason: diagramVersionReasonSchema,
  label: z.string().nullable(),
  /** People whose changes went into it since the version before. */
  authorNames: z.array(z.string()),
  createdAt: z.string(),
});
export type DiagramVersion = z.infer<typeof diagramVersionSchema>;
