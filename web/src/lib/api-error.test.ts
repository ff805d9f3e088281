import { describe, expect, it } from 'vitest';
import { ApiRequestError, isMissingReleaseFile, isNotFound, isUnauthenticated, readApiError } from './api-error';

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('readApiError', () => {
  it('keeps the code, message and field problems the API sent', async () => {
    const error = await readApiError(
      json(400, {
        error: {
          code: 'validation_failed',
          message: 'Noen av feltene er ikke fylt ut riktig.',
          fields: [{ path: 'title', message: 'Tittelen kan ikke være tom.' }],
        },
      }),
    );
    expect(error).toBeInstanceOf(ApiRequestError);
    expect(error).toMatchObject({ status: 400, code: 'validation_failed', fields: [{ path: 'title' }] });
  });

  it('turns codes the catalogue does not know into "unknown"', async () => {
    const error = await readApiError(json(405, { error: { code: 'http_error', message: 'Method Not Allowed' } }));
    expect(error.code).toBe('unknown');
  });

  it("still gives a useful code when the body is not the API's (a proxy page, say)", async () => {
    expect((await readApiError(new Response('<html>Bad gateway</html>', { status: 502 }))).code).toBe('internal');
    expect((await readApiError(new Response('Not here', { status: 404 }))).code).toBe('not_found');
    expect((await readApiError(new Response('', { status: 418 }))).code).toBe('unknown');
  });
});

describe('retry-after', () => {
  it('keeps how long to wait when the API refuses for too many attempts', async () => {
    const response = new Response(JSON.stringify({ error: { code: 'too_many_attempts', message: '…' } }), {
      status: 429,
      headers: { 'content-type': 'application/json', 'retry-after': '840' },
    });
    expect(await readApiError(response)).toMatchObject({ code: 'too_many_attempts', retryAfterSeconds: 840 });
  });

  it('is null when the API did not say', async () => {
    expect((await readApiError(json(401, { error: { code: 'invalid_credentials', message: '…' } }))).retryAfterSeconds).toBeNull();
  });
});

describe('isUnauthenticated', () => {
  it('is true only for a missing session, not for a wrong password', () => {
    expect(isUnauthenticated(new ApiRequestError(401, 'unauthenticated', ''))).toBe(true);
    expect(isUnauthenticated(new ApiRequestError(401, 'invalid_credentials', ''))).toBe(false);
    expect(isUnauthenticated(new Error('unauthenticated'))).toBe(false);
  });
});

describe('isNotFound', () => {
  it("is true only for the API's not_found", () => {
    expect(isNotFound(new ApiRequestError(404, 'not_found', ''))).toBe(true);
    expect(isNotFound(new ApiRequestError(409, 'conflict', ''))).toBe(false);
    expect(isNotFound(new Error('not_found'))).toBe(false);
  });
});

describe('isMissingReleaseFile', () => {
  it('knows a part of the app that could not be loaded on demand, in each browser’s words', () => {
    expect(isMissingReleaseFile(new TypeError('Failed to fetch dynamically imported module: http://planrom/assets/jspdf.es.min-old.js'))).toBe(true);
    expect(isMissingReleaseFile(new TypeError('error loading dynamically imported module: http://planrom/assets/x.js'))).toBe(true);
    expect(isMissingReleaseFile(new TypeError('Importing a module script failed.'))).toBe(true);
    expect(isMissingReleaseFile(new Error('Unable to preload CSS for /assets/board-tools-old.css'))).toBe(true);
  });

  it('is false for every other failure', () => {
    expect(isMissingReleaseFile(new TypeError('Failed to fetch'))).toBe(false);
    expect(isMissingReleaseFile(new ApiRequestError(404, 'not_found', ''))).toBe(false);
    expect(isMissingReleaseFile('dynamically imported module')).toBe(false);
  });
});
