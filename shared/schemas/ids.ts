import { z } from 'zod';

/** Every id Planrom hands out is a random UUID; anything else in a path is simply "not found". */
export const idSchema = z.uuid();
export function isId(value: string): boolean {
  return idSchema.safeParse(value).success;
}
