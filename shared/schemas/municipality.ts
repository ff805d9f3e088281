import { z } from 'zod';
import { limits } from '../limits';
import { singleLineText } from './text';

/**
 * County numbers in use since the county reform of 2024. A kommunenummer starts with the number
 * of its county, so "4206" (Farsund, Agder) is valid and "9906" is not.
 */
export const countyNumbers = ['03', '11', '15', '18', '31', '32', '33', '34', '39', '40', '42', '46', '50', '55', '56'] as const;

export const kommunenummerSchema = z
  .string()
  .trim()
  .regex(/^\d{4}$/, 'Kommunenummeret må ha fire sifre.')
  .refine((value) => (countyNumbers as readonly string[]).includes(value.slice(0, 2)), {
    message: 'Kommunenummeret må begynne med et gyldig fylkesnummer (for eksempel 42 for Agder).',
  });

/** Body of `POST /api/regions/:regionId/municipalities`. */
export const addMunicipalitySchema = z.strictObject({
  name: singleLineText().trim().min(1, 'Navnet kan ikke være tomt.').max(limits.municipalityName, `Navnet kan ha høyst ${limits.municipalityName} tegn.`),
  kommunenummer: kommunenummerSchema,
});
export type AddMunicipalityInput = z.input<typeof addMunicipalitySchema>;

/** A member municipality of a region. */
export const municipalitySchema = z.object({
  id: z.string(),
  name: z.string(),
  kommunenummer: z.string(),
});
export type Municipality = z.infer<typeof municipalitySchema>;
