import { apiErrorSchema, errorCodes, type ErrorCode } from '../../../shared/schemas/api-error';

/**
 * Codes the web app adds for failures that never reached the API. `new_release`: a part of the app
 * loaded on demand is gone from the server, because Planrom was updated since the page was opened.
 */
export type ClientErrorCode = 'network' | 'new_release' | 'unknown';

export interface FieldProblem {
  path: string;
  message: string;
}

/** A failed API call, with the stable code the catalogue has a text for. */
export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode | ClientErrorCode,
    message: string,
    readonly fields: FieldProblem[] = [],
    /** Seconds to wait before trying again, when the API said so (Retry-After on a 429). */
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(message);
    this.name = 'ApiRequestError';
  }
}

function knownCode(code: string): ErrorCode | 'unknown' {
  return (errorCodes as readonly string[]).includes(code) ? (code as ErrorCode) : 'unknown';
}

/** Reads the API's `{"error":{…}}` body; anything else still becomes an error with a known code. */
export async function readApiError(response: Response): Promise<ApiRequestError> {
  const body: unknown = await response.json().catch(() => null);
  const parsed = apiErrorSchema.safeParse(body);
  if (!parsed.success) {
    const code = response.status === 404 ? 'not_found' : response.status >= 500 ? 'internal' : 'unknown';
    return new ApiRequestError(response.status, code, response.statusText);
  }
  const { code, message, fields } = parsed.data.error;
  return new ApiRequestError(response.status, knownCode(code), message, fields, retryAfter(response));
}

function retryAfter(response: Response): number | null {
  const seconds = Number(response.headers?.get('retry-after'));
  return Number.isFinite(seconds) && seconds > 0 ? seconds : null;
}

/** True when the caller has no session (never logged in, logged out, or the session ran out). */
export function isUnauthenticated(error: unknown): boolean {
  return error instanceof ApiRequestError && error.code === 'unauthenticated';
}

/** True when the thing asked for does not exist (unknown id, deleted board…). */
export function isNotFound(error: unknown): boolean {
  return error instanceof ApiRequestError && error.code === 'not_found';
}

/**
 * Whether loading a part of the app failed the way a page from an older release fails once the
 * server has a new one: the browser could not fetch or run a module the page asks for on demand
 * (Chromium, Firefox and Safari word it differently), or Vite could not load its stylesheet. Only a
 * reload helps then.
 */
export function isMissingReleaseFile(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  return /dynamically imported module|Importing a module script failed|Unable to preload CSS/i.test(error.message);
}
