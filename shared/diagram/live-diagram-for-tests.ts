import * as Y from 'yjs';
import { diagramDocumentSchema, diagramFormat, diagramFormatVersion } from './diagram-document';
import { replaceDiagram } from './diagram-ydoc';

/**
 * For tests: a board's live document holding `content`, checked by the format's schema (which
 * fills in what the content leaves out) and written as the server's import writes it.
 */
export function liveDiagram(content: { diagramType: string; nodes?: unknown[]; edges?: unknown[]; variants?: unknown[] }): Y.Doc {
  const doc = new Y.Doc();
  replaceDiagram(doc, diagramDocumentSchema.parse({ format: diagramFormat, version: diagramFormatVersion, ...content }));
  return doc;
}
