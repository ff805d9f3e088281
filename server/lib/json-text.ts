import type { Context, TypedResponse } from 'hono';

/**
 * Answers 200 with JSON that is already serialized (a cached body), typed for the web app's client
 * as `c.json(value)` with a `T` would be.
 */
export function jsonText<T>(c: Context, text: string): Response & TypedResponse<T, 200, 'json'> {
  return c.body(text, 200, { 'content-type': 'application/json' }) as unknown as Response & TypedResponse<T, 200, 'json'>;
}
