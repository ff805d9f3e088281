import type { Language } from '../schemas/language';
import { withDiagramTexts, type Catalogue } from './catalogue';
import { diagramNb } from './diagram-nb';
import { diagramNn } from './diagram-nn';
import { nbWithoutDiagram } from './nb';
import { nnWithoutDiagram } from './nn';

export type { Catalogue } from './catalogue';

/**
 * Bokmål: the source catalogue. Every other catalogue is typed against this one.
 * Keys are namespaced by feature; placeholders use `{{name}}`; plurals use `_one` / `_other`.
 */
export const nb = withDiagramTexts(nbWithoutDiagram, diagramNb);

/** Nynorsk. Typed against the bokmål catalogue, so a missing key does not compile. */
export const nn: Catalogue = withDiagramTexts(nnWithoutDiagram, diagramNn);
export { formatDate, formatRelativeTime } from './format-time';

/** Every catalogue Planrom ships, by language code. */
export const catalogues: Record<Language, Catalogue> = { nb, nn };
