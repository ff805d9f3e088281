import { createHash, randomBytes } from 'node:crypto';

/** A random, URL-safe secret of 256 bits. */
export const newToken = (): string => randomBytes(32).toString('base64url');

/** What is stored of a secret token: its SHA-256, so the database alone cannot be used to log in. */
export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');
