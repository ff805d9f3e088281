import { hc } from 'hono/client';
import type { AppType } from '../../../server/app';
import { ApiRequestError, readApiError } from './api-error';
import { takeEarlyResponse } from './early-start-state';

/** `fetch`, except that a GET the boot script already made (boot/early-start.ts) takes its answer. */
function fetchOrTakeEarly(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  if (typeof window !== 'undefined' && window.planromEarlyStart && (init?.method ?? 'GET').toUpperCase() === 'GET') {
    const url = new URL(input instanceof Request ? input.url : String(input), window.location.href);
    const early = url.origin === window.location.origin && !url.search ? takeEarlyResponse(url.pathname) : null;
    if (early) return early;
  }
  return fetch(input, init);
}

/** The typed client for Planrom's API. Call it through `request()` so failures become errors. */
export const api = hc<AppType>('/api', { fetch: fetchOrTakeEarly });

interface JsonResponse<T> {
  ok: boolean;
  status: number;
  json(): Promise<T>;
}

/**
 * Runs one API call and returns its JSON body; throws an `ApiRequestError` with a catalogue code
 * when the API answers with an error or cannot be reached.
 * @example const { regions } = await request(() => api.regions.$get());
 */
export async function request<T>(call: () => Promise<JsonResponse<T>>): Promise<T> {
  let response: JsonResponse<T>;
  try {
    response = await call();
  } catch (error) {
    throw new ApiRequestError(0, 'network', error instanceof Error ? error.message : String(error));
  }
  if (!response.ok) throw await readApiError(response as unknown as Response);
  if (response.status === 204) return undefined as T;
  return response.json();
}
