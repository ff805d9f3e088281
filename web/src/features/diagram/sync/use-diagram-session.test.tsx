// @vitest-environment happy-dom
// @vitest-environment-options { "url": "http://planrom.test/tavler/b1" }
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
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
});
