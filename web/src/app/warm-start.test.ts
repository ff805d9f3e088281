import { QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { queryKeys } from '../lib/query-keys';
import { canvasQueryKeys } from '../features/canvas/api/canvas-query-keys';
import { warmStart } from './warm-start';

// The editors' real chunks (tldraw, React Flow) are for the browser tests; here: were they asked for?
const preloaded = vi.hoisted(() => [] as string[]);
vi.mock('./board/workspaces', () => ({
  workspaces: {
    canvas: { preload: async () => void preloaded.push('canvas') },
    diagram: { preload: async () => (preloaded.push('diagram'), { prepareBoard: () => {} }) },
  },
}));

const boardId = 'b1';
const regionId = 'r1';
const answers = (memberOf: string[]) =>
  new Map<string, unknown>([
    ['/api/auth/me', { user: { id: 'u1' }, memberships: memberOf.map((id) => ({ regionId: id, role: 'medlem' })), guest: null, needsSetup: false }],
    [`/api/boards/${boardId}`, { board: { id: boardId, regionId, kind: 'canvas', archivedAt: null }, access: 'write' }],
    ['/api/config', { tldrawLicenseKey: null }],
    [`/api/regions/${regionId}`, { region: { id: regionId, municipalities: [] }, role: 'medlem' }],
  ]);

/** A page whose boot script has asked for these answers (they are taken from it, not fetched). */
function bootScriptAnswered(bodies: Map<string, unknown>, pending: string[] = []) {
  const responses = new Map(
    [...bodies].map(([path, body]) => [path, pending.includes(path) ? new Promise<Response>(() => {}) : Promise.resolve(Response.json(body))]),
  );
  vi.stubGlobal('window', {
    location: new URL(`http://planrom.test/tavler/${boardId}`),
    planromEarlyStart: { startedAt: performance.now(), responses, sockets: new Map() },
  });
  const fetched: string[] = [];
  vi.stubGlobal('fetch', async (input: RequestInfo | URL) => {
    fetched.push(String(input));
    return Response.json({ error: { code: 'not_found', message: 'ikke her' } }, { status: 404 });
  });
  return fetched;
}

describe('warm start: a board page gets what its first render needs before React renders', () => {
  let queryClient: QueryClient;
  beforeEach(() => {
    queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    preloaded.length = 0;
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('puts the sign-in, the board, the configuration and (for a member) the region in the cache', async () => {
    const fetched = bootScriptAnswered(answers([regionId]));
    await warmStart(queryClient, `/tavler/${boardId}`);
    expect(queryClient.getQueryData(queryKeys.me())).toMatchObject({ user: { id: 'u1' } });
    expect(queryClient.getQueryData(queryKeys.board(boardId))).toMatchObject({ access: 'write' });
    expect(queryClient.getQueryData(canvasQueryKeys.config())).toEqual({ tldrawLicenseKey: null });
    expect(queryClient.getQueryData(queryKeys.region(regionId))).toMatchObject({ role: 'medlem' });
    expect(fetched).toEqual([]);
    expect(preloaded).toEqual(['canvas']);
  });

  it('does not ask for the region of someone who is not a member (a share-link guest)', async () => {
    const fetched = bootScriptAnswered(answers([]));
    await warmStart(queryClient, `/tavler/${boardId}`);
    expect(queryClient.getQueryData(queryKeys.board(boardId))).toBeDefined();
    expect(queryClient.getQueryData(queryKeys.region(regionId))).toBeUndefined();
    expect(fetched).toEqual([]);
  });

  it('does nothing on other pages', async () => {
    bootScriptAnswered(answers([regionId]));
    await warmStart(queryClient, `/samarbeid/${regionId}`);
    expect(queryClient.getQueryCache().getAll()).toHaveLength(0);
  });

  it('waits no longer than a moment for a slow answer: the page shows its own loading state', async () => {
    vi.useFakeTimers();
    bootScriptAnswered(answers([regionId]), [`/api/boards/${boardId}`]);
    let done = false;
    void warmStart(queryClient, `/tavler/${boardId}`).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(1_000);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(600);
    expect(done).toBe(true);
    expect(queryClient.getQueryData(queryKeys.me())).toBeDefined();
    expect(queryClient.getQueryData(queryKeys.board(boardId))).toBeUndefined();
  });
});
