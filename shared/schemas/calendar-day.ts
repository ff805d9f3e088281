import { z } from 'zod';

/** A calendar day, `YYYY-MM-DD`, that really exists (no 30 February). */
export const calendarDaySchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((day) => !Number.isNaN(Date.parse(`${day}T00:00:00Z`)) && new Date(`${day}T00:00:00Z`).toISOString().startsWith(day), {
    message: 'Ugyldig dato.',
  });
