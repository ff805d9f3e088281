import type { nb } from './index';

/** The same tree as a catalogue, with every text widened to `string`. */
type Texts<T> = { readonly [K in keyof T]: T[K] extends string ? string : Texts<T[K]> };

/**
 * The shape every catalogue must have: exactly the keys of the bokmål source catalogue.
 * A missing or misspelt key in another catalogue is a type error.
 */
export type Catalogue = Texts<typeof nb>;

/**
 * A catalogue with its diagram texts added: how ./index.ts makes the whole catalogue from the part
 * the web app bundles with every page (./nb.ts, ./nn.ts; the web adds the diagram texts with the
 * editors, web/src/lib/diagram-texts.ts).
 * @param texts the catalogue without its `diagram` namespace
 * @param diagram the diagram texts
 * @returns the whole catalogue
 */
export function withDiagramTexts<Texts extends object, DiagramTexts>(texts: Texts, diagram: DiagramTexts): Texts & { readonly diagram: DiagramTexts } {
  return { ...texts, diagram };
}
