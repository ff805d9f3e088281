import type { Language } from '../schemas/language';
import type { Catalogue } from './catalogue';
import { nb } from './nb';
import { nn } from './nn';

export type { Catalogue } from './catalogue';
export { nb } from './nb';
export { nn } from './nn';
export { formatDate, formatRelativeTime } from './format-time';

/** Every catalogue Planrom ships, by language code. */
export const catalogues: Record<Language, Catalogue> = { nb, nn };
