// @vitest-environment happy-dom
// @vitest-environment-options { "url": "http://planrom.test/tavler/b1" }
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { renderToStaticMarkup } from 'react-dom/server';
import * as encoding from 'lib0/encoding';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { diagramMessageType } from '../../../../../shared/sync/diagram-protocol';
import { prepareDiagramSession, useDiagramSession } from './use-diagram-session';

/** Stands in for the browser's WebSocket; the session only needs to open one. */
class FakeWebSocket {
  static made: FakeWebSocket[] = [];
  binaryType = 'blob';
  readyState = 0;
  closed = false;
  onopen: unknown = null;
  onmessage: unknown = null;
  onclose: unknown = null;
  onerror: unknown = null;
  constructor(readonly url: string) {
    FakeWebSocket.made.push(this);
  }
  send() {}
  close() {
    this.closed = true;
  }
  /** What the server does: opens, then sends what a socket receives. */
  open() {
    this.readyState = 1;
    (this.onopen as (() => void) | null)?.();
  }
  receive(data: Uint8Array) {
    (this.onmessage as ((event: { data: ArrayBuffer }) => void) | null)?.({ data: data.slice().buffer });
  }
  closeFromServer(code: number) {
    this.readyState = 3;
    (this.onclose as ((event: { code: number; reason: string }) => void) | null)?.({ code, reason: '' });
  }
}

/** The server's answer to a client's first sync message: its whole document. */
function serverState(nodeCount: number): Uint8Array {
  const doc = new Y.Doc();
  const nodes = doc.getMap('nodes');
  for (let index = 0; index < nodeCount; index++) nodes.set(`n${index}`, new Y.Map());
  const message = encoding.createEncoder();
  encoding.writeVarUint(message, diagramMessageType.sync);
  syncProtocol.writeSyncStep2(message, doc);
  return encoding.toUint8Array(message);
}

/** The sockets made for one board: another test's session may still be reconnecting. */
const socketsOf = (boardId: string) => FakeWebSocket.made.filter((socket) => socket.url.includes(`/boards/${boardId}/`));

/** Whether the promise has settled once everything queued so far has run. */
async function hasSettled(promise: Promise<unknown>): Promise<boolean> {
  let settled = false;
  void promise.then(() => (settled = true));
  await new Promise((resolve) => setTimeout(resolve, 0));
  return settled;
}

/** What the editor's first render gets (the server renderer runs no effects: only the first render). */
function FirstRender({ boardId }: { boardId: string }) {
  const session = useDiagramSession(boardId);
  return <p>{session ? (session.doc ? 'session with a document' : 'session') : 'no session yet'}</p>;
}

describe('a diagram session prepared before the editor mounts', () => {
  beforeEach(() => {
    FakeWebSocket.made = [];
    vi.stubGlobal('WebSocket', FakeWebSocket);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it("is there in the editor's first render; without it the first render has none", () => {
    expect(renderToStaticMarkup(<FirstRender boardId="b1" />)).toBe('<p>no session yet</p>');
    prepareDiagramSession('b2');
    expect(FakeWebSocket.made.map((socket) => socket.url)).toEqual(['ws://planrom.test/api/boards/b2/diagram/sync']);
    expect(renderToStaticMarkup(<FirstRender boardId="b2" />)).toBe('<p>session with a document</p>');
    // Prepared once per board.
    prepareDiagramSession('b2');
    expect(FakeWebSocket.made).toHaveLength(1);
  });

  it('is closed when no editor takes it', () => {
    vi.useFakeTimers();
    prepareDiagramSession('b3');
    const [socket] = FakeWebSocket.made;
    vi.advanceTimersByTime(14_000);
    expect(socket?.closed).toBe(false);
    vi.advanceTimersByTime(2_000);
    expect(socket?.closed).toBe(true);
    expect(renderToStaticMarkup(<FirstRender boardId="b3" />)).toBe('<p>no session yet</p>');
  });

  it("is not prepared again while an editor holds the board's session (the board page started twice)", async () => {
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
    prepareDiagramSession('b4');
    const container = document.createElement('div');
    const root = createRoot(container);
    await act(async () => root.render(<FirstRender boardId="b4" />));
    expect(container.textContent).toBe('session with a document');
    prepareDiagramSession('b4');
    expect(FakeWebSocket.made).toHaveLength(1);
    // The editor left: the next opening of the board prepares one again.
    await act(async () => root.unmount());
    prepareDiagramSession('b4');
    expect(FakeWebSocket.made).toHaveLength(2);
  });

  it("settles once the server's state is in the document, so the page renders the board once, not a loading state first", async () => {
    const ready = prepareDiagramSession('b5');
    const [socket] = FakeWebSocket.made;
    socket!.open();
    expect(await hasSettled(ready)).toBe(false);
    socket!.receive(serverState(3));
    expect(await hasSettled(ready)).toBe(true);
    // The editor's first render then has the board.
    const container = document.createElement('div');
    const root = createRoot(container);
    function NodeCount() {
      const session = useDiagramSession('b5');
      return <p>{session ? `${session.doc.getMap('nodes').size} nodes` : 'no session'}</p>;
    }
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
    await act(async () => root.render(<NodeCount />));
    expect(container.textContent).toBe('3 nodes');
    // Asked again while the editor holds it: nothing to wait for.
    expect(await hasSettled(prepareDiagramSession('b5'))).toBe(true);
    await act(async () => root.unmount());
  });

  it('settles when the connection fails instead, so the page is not held up', async () => {
    const ready = prepareDiagramSession('b6');
    const [socket] = FakeWebSocket.made;
    expect(await hasSettled(ready)).toBe(false);
    socket!.closeFromServer(1006);
    expect(await hasSettled(ready)).toBe(true);
  });

  it('with the stored content, settles at once and connects only once the editor has drawn it (at the latest after 3 s)', async () => {
    const stored = { diagramType: 'aktorkart' as const, nodes: [], edges: [], variants: [] };
    const ready = prepareDiagramSession('b7', () => Promise.resolve(stored));
    // Asked again while the content is on its way: one session, one request.
    const loadAgain = vi.fn(() => Promise.resolve(stored));
    const again = prepareDiagramSession('b7', loadAgain);
    expect(await hasSettled(ready)).toBe(true);
    expect(await hasSettled(again)).toBe(true);
    expect(loadAgain).not.toHaveBeenCalled();
    expect(socketsOf('b7')).toHaveLength(0);
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
    const container = document.createElement('div');
    const root = createRoot(container);
    function Shown() {
      const session = useDiagramSession('b7');
      return <p>{session ? `${session.store.getSnapshot().stored ? 'stored' : 'live'} ${session.started ? 'started' : 'waiting'}` : 'no session'}</p>;
    }
    await act(async () => root.render(<Shown />));
    expect(container.textContent).toBe('stored waiting');
    expect(socketsOf('b7')).toHaveLength(0);
    // Nothing drew it here (the diagram's canvas says when it has): it goes live at the latest.
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    expect(socketsOf('b7')).toHaveLength(0);
    await vi.waitFor(() => expect(socketsOf('b7')).toHaveLength(1), { timeout: 1_500 });
    const [socket] = socketsOf('b7');
    socket!.open();
    socket!.receive(serverState(2));
    await act(async () => root.render(<Shown />));
    expect(container.textContent).toBe('live started');
    await act(async () => root.unmount());
  });

  it('waits for the socket when the stored content could not be had', async () => {
    const ready = prepareDiagramSession('b8', () => Promise.reject(new Error('offline')));
    await vi.waitFor(() => expect(socketsOf('b8')).toHaveLength(1));
    expect(await hasSettled(ready)).toBe(false);
    socketsOf('b8')[0]!.open();
    socketsOf('b8')[0]!.receive(serverState(1));
    expect(await hasSettled(ready)).toBe(true);
  });
});
