import { z } from 'zod';

/** The two written standards of Norwegian that Planrom speaks: bokmål and nynorsk. */
export const languageSchema = z.enum(['nb', 'nn']);
export type Language = z.infer<typeof languageSchema>;
export const languages: readonly Language[] = languageSchema.options;
