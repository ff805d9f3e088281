import type { nb } from './nb';

/** The same tree as a catalogue, with every text widened to `string`. */
type Texts<T> = { readonly [K in keyof T]: T[K] extends string ? string : Texts<T[K]> };

/**
 * The shape every catalogue must have: exactly the keys of the bokmål source catalogue.
 * A missing or misspelt key in another catalogue is a type error.
 */
export type Catalogue = Texts<typeof nb>;
