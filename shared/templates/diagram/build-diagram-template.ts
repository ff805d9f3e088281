import { diagramDocumentSchema, diagramFormat, diagramFormatVersion, type DiagramDocument, type DiagramDocumentInput } from '../../diagram/diagram-document';
import type { Language } from '../../schemas/language';
import type { NamedMunicipality } from '../template-municipalities';
import { buildActorMap } from './build-actor-map';
import { buildPlanProcess } from './build-plan-process';
import { buildStructure } from './build-structure';
import type { DiagramContent } from './diagram-content';

export interface BuildDiagramOptions {
  language: Language;
  municipalities: readonly NamedMunicipality[];
  /** The board's title, stored as the document's (informative) title. */
  title: string;
}

/**
 * Turns a diagram template's content into a document of Planrom's diagram format in one language,
 * checked by the format's own schema (a template that breaks it is a bug, so this throws).
 * @example buildDiagramTemplate(content, { language: 'nb', municipalities, title: 'Regionens aktørkart' })
 */
export function buildDiagramTemplate(content: DiagramContent, options: BuildDiagramOptions): DiagramDocument {
  const { language, municipalities, title } = options;
  const base = { format: diagramFormat, version: diagramFormatVersion, title } as const;
  let document: DiagramDocumentInput;
  if (content.kind === 'aktorkart') {
    document = { ...base, diagramType: 'aktorkart', ...buildActorMap(content, language) };
  } else if (content.kind === 'planprosess') {
    document = { ...base, diagramType: 'planprosess', ...buildPlanProcess(content, language, municipalities) };
  } else {
    document = { ...base, diagramType: 'struktur', ...buildStructure(content, language, municipalities) };
  }
  return diagramDocumentSchema.parse(document);
}
