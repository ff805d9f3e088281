import type { nb } from './nb';

/** The same tree as a catalogue, with every text widened to `string`. */
type Texts<T> = { readonly [K in keyof T]: T[K] extends string ? string : Texts<T[K]> };

/**
 * The shape every catalogue must have: exactly the keys of the bokmål source catalogue.
 * A missing or misspelt key in another catalogue is a type error.
 */
export type Catalogue = Texts<typeof nb>;

/**
 * A catalogue with its diagram texts added: how nb.ts and nn.ts make the whole catalogue from the
 * part the web app bundles with every page. Call it with a `@__PURE__` annotation, so that a
 * bundle using only that part (the web's, see web/src/lib/diagram-texts.ts) drops the diagram texts
 * (a bundler keeps an object spread written out in place, since a spread could run a getter).
 * @param texts the catalogue without its `diagram` namespace
 * @param diagram the diagram texts
 * @returns the whole catalogue
 */
export function withDiagramTexts<Texts extends object, DiagramTexts>(texts: Texts, diagram: DiagramTexts): Texts & { readonly diagram: DiagramTexts } {
  return { ...texts, diagram };
}
