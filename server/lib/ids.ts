import { randomUUID } from 'node:crypto';

/** A new random id for any row. */
export const newId = (): string => randomUUID();
