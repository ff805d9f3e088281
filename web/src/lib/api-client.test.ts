import { describe, expect, it } from 'vitest';
import { request } from './api-client';
import { ApiRequestError } from './api-error';

describe('request', () => {
  it('returns the JSON body of a successful answer', async () => {
    const body = await request(async () => Response.json({ regions: [] }));
    expect(body).toEqual({ regions: [] });
  });

  it('returns nothing for 204 No Content', async () => {
    expect(await request(async () => new Response(null, { status: 204 }))).toBeUndefined();
  });

  it('throws the API error with its code', async () => {
    const failing = request(async () => Response.json({ error: { code: 'board_not_archived', message: '…' } }, { status: 409 }));
    await expect(failing).rejects.toMatchObject({ status: 409, code: 'board_not_archived' });
  });

  it('turns a failed connection into the "network" error', async () => {
    const failing = request(async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(failing).rejects.toBeInstanceOf(ApiRequestError);
    await expect(failing).rejects.toMatchObject({ status: 0, code: 'network' });
  });
});
