import { z } from 'zod';
import { limits } from '../limits';
import { languageSchema } from './language';
import { municipalitySchema } from './municipality';
import { multiLineText, singleLineText } from './text';

const regionName = singleLineText().trim().min(1, 'Navnet kan ikke være tomt.').max(limits.regionName, `Navnet kan ha høyst ${limits.regionName} tegn.`);
const regionDescription = multiLineText().trim().max(limits.regionDescription, `Beskrivelsen kan ha høyst ${limits.regionDescription} tegn.`);

/** Body of `POST /api/regions`. */
export const createRegionSchema = z.strictObject({
  name: regionName,
  description: regionDescription.default(''),
  language: languageSchema.default('nb'),
});
export type CreateRegionInput = z.input<typeof createRegionSchema>;

/** Body of `PATCH /api/regions/:regionId`: any subset of the fields. */
export const updateRegionSchema = z
  .strictObject({
    name: regionName.optional(),
    description: regionDescription.optional(),
    language: languageSchema.optional(),
  })
  .refine((value) => Object.keys(value).length > 0, { message: 'Ingen endringer å lagre.' });
export type UpdateRegionInput = z.input<typeof updateRegionSchema>;

/** A region (regionalt plansamarbeid) as the API presents it. */
export const regionSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  language: languageSchema,
  createdAt: z.string(),
  municipalities: z.array(municipalitySchema),
  boardCount: z.number().int(),
});
export type Region = z.infer<typeof regionSchema>;
