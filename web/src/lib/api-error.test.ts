import { describe, expect, it } from 'vitest';
import { ApiRequestError, isNotFound, readApiError } from './api-error';

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

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

  it('still gives a useful code when the body is not the API\'s (a proxy page, say)', async () => {
    expect((await readApiError(new Response('<html>Bad gateway</html>', { status: 502 }))).code).toBe('internal');
    expect((await readApiError(new Response('Not here', { status: 404 }))).code).toBe('not_found');
    expect((await readApiError(new Response('', { status: 418 }))).code).toBe('unknown');
  });
});

describe('isNotFound', () => {
  it('is true only for the API\'s not_found', () => {
    expect(isNotFound(new ApiRequestError(404, 'not_found', ''))).toBe(true);
    expect(isNotFound(new ApiRequestError(409, 'conflict', ''))).toBe(false);
    expect(isNotFound(new Error('not_found'))).toBe(false);
  });
});
