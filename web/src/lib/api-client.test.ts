import { afterEach, describe, expect, it, vi } from 'vitest';
import { api, request } from './api-client';
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

describe('answers the boot script fetched', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('a GET the boot script made takes its answer once; the next one asks the server', async () => {
    const early = Response.json({ user: null, memberships: [], guest: null, needsSetup: false });
    const planromEarlyStart = { startedAt: performance.now(), responses: new Map([['/api/auth/me', Promise.resolve(early)]]), sockets: new Map() };
    vi.stubGlobal('window', { location: new URL('http://planrom.test/tavler/b1'), planromEarlyStart });
    const fetched: string[] = [];
    vi.stubGlobal('fetch', async (input: RequestInfo | URL) => {
      fetched.push(String(input));
      return Response.json({ user: null, memberships: [], guest: null, needsSetup: true });
    });
    expect(await request(() => api.auth.me.$get())).toMatchObject({ needsSetup: false });
    expect(fetched).toEqual([]);
    expect(await request(() => api.auth.me.$get())).toMatchObject({ needsSetup: true });
    expect(fetched).toHaveLength(1);
  });
});
