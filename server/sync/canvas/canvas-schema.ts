import { createTLSchema } from '@tldraw/tlschema';

/** tldraw's default schema (default shapes, bindings and assets), shared by every room and the import workers. */
export const canvasSchema = createTLSchema();
