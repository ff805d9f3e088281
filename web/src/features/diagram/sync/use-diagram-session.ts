import { useEffect, useState, useSyncExternalStore } from 'react';
import * as Y from 'yjs';
import { diagramMaps } from '../../../../../shared/diagram/diagram-ydoc';
import { diagramSocketPath } from '../../../../../shared/sync/diagram-protocol';
import { socketUrl, takeEarlySocket } from '../../../lib/early-socket';
import { DiagramStore, type StoredDiagram } from '../model/diagram-store';
import { localOrigin } from '../model/local-origin';
import { DiagramProvider, type ProviderStatus, type SocketLike } from '../../../../../shared/sync/diagram-provider';
import { PresenceStore } from './presence-store';
import { isMeetingScreenSearch } from '../../../../../shared/web/meeting-screen-query';

/** Everything one open diagram board needs: its document, connection, read model, undo and presence. */
export interface DiagramSession {
  doc: Y.Doc;
  provider: DiagramProvider;
  store: DiagramStore;
  presence: PresenceStore;
  undoManager: Y.UndoManager;
  /** Connects a session that draws the board's stored content first (once that is on screen); nothing otherwise. */
  goLive(): void;
  /** False until then: the session has not started connecting yet. */
  readonly started: boolean;
}

function openSession(boardId: string, stored: StoredDiagram | null = null): DiagramSession {
  const doc = new Y.Doc();
  // The board page may have opened the socket while this chunk loaded (app/routes/start-board-loading).
  // With the stored content drawn first, the socket's state is taken only once that is on screen.
  const provider = new DiagramProvider(doc, {
    url: socketUrl(diagramSocketPath(boardId)),
    createSocket: (url) => takeEarlySocket(url) ?? (new WebSocket(url) as unknown as SocketLike),
    connect: !stored,
  });
  const maps = diagramMaps(doc);
  // Per-user undo: only this browser's own edits are tracked.
  const undoManager = new Y.UndoManager([maps.nodes, maps.edges, maps.variants, maps.meta], {
    trackedOrigins: new Set([localOrigin]),
    captureTimeout: 500,
  });
  // The server replaces `user` with the signed-in identity; selection and pointer are ours to say.
  // The meeting-room screen is no one on the board: it says nothing of itself (and so sets no field later).
  provider.awareness.setLocalState(
    isMeetingScreenSearch(window.location.search) ? null : { user: { id: '', name: '', color: '#000000' }, selection: [], cursor: null },
  );
  const store = new DiagramStore(doc, stored);
  if (stored) {
    const stopWatching = provider.onSynced((synced) => {
      if (!synced) return;
      stopWatching();
      store.showLive();
    });
  }
  let started = !stored;
  return {
    doc,
    provider,
    store,
    presence: new PresenceStore(provider.awareness),
    undoManager,
    goLive() {
      if (started) return;
      started = true;
      provider.connect();
    },
    get started() {
      return started;
    },
  };
}

/** Sessions opened before the editor mounted, by board, until the editor takes them. */
const prepared = new Map<string, DiagramSession>();
/** Boards whose editor holds a session now. */
const live = new Set<string>();
/** A prepared session nobody takes (the editor did not start) is closed after this long. */
const unclaimedMs = 15_000;
/** A session drawn from the stored content goes live at the latest this long after the editor took it. */
const latestLiveMs = 3_000;

function closeSession(session: DiagramSession): void {
  session.undoManager.destroy();
  session.store.destroy();
  session.presence.destroy();
  session.provider.destroy();
  session.doc.destroy();
}

/** Boards whose stored content is on its way, for a session prepared with it. */
const preparing = new Map<string, Promise<void>>();

/**
 * Opens a board's session before its editor mounts (the board page does it as soon as the editor's
 * code has run, before the app's first render), so the editor's first render already shows the
 * board instead of a render without it and another one with it. With `loadStored`, the session
 * draws the board's stored content (`GET /api/boards/:id/diagram/content`, asked for by the boot
 * script while the page loaded) and settles as soon as it has it: the live document arrives once
 * that is on screen (`DiagramCanvas`), instead of its decoding and reading holding up the first
 * drawing (about 100 ms on a board of 50 nodes, 0.5 s at 1,000 on the bench machine). Without the
 * stored content (`loadStored` missing or failing), it settles once the server's state is in the
 * document, or the connection has failed or closed (the editor then says so itself). The board page
 * waits for it, for a bounded time (app/warm-start.ts). Nothing is opened when the board has a
 * session already (prepared, on its way or live).
 */
export function prepareDiagramSession(boardId: string, loadStored?: () => Promise<StoredDiagram | null>): Promise<void> {
  if (live.has(boardId)) return Promise.resolve();
  const session = prepared.get(boardId);
  if (session) return untilDrawable(session);
  const onItsWay = preparing.get(boardId);
  if (onItsWay) return onItsWay;
  const open = (stored: StoredDiagram | null) => {
    preparing.delete(boardId);
    if (live.has(boardId) || prepared.has(boardId)) return Promise.resolve();
    const opened = openSession(boardId, stored);
    prepared.set(boardId, opened);
    setTimeout(() => {
      if (prepared.get(boardId) !== opened) return;
      prepared.delete(boardId);
      closeSession(opened);
    }, unclaimedMs);
    return untilDrawable(opened);
  };
  if (!loadStored) return open(null);
  const ready = loadStored().then(open, () => open(null));
  preparing.set(boardId, ready);
  return ready;
}

/** At once for a session drawn from its stored content; else once it has the server's state, or failed. */
function untilDrawable(session: DiagramSession): Promise<void> {
  return session.started ? untilServerStateOrFailure(session.provider) : Promise.resolve();
}

/** Settles when the provider has the server's state, or its connection failed or closed for good. */
function untilServerStateOrFailure(provider: DiagramProvider): Promise<void> {
  const settled = () => provider.synced || provider.status === 'offline' || provider.status === 'closed';
  if (settled()) return Promise.resolve();
  return new Promise((resolve) => {
    const check = () => {
      if (!settled()) return;
      offs.forEach((off) => off());
      resolve();
    };
    const offs = [provider.onSynced(check), provider.onStatus(check)];
  });
}

/**
 * Opens the board's live document for as long as the component is mounted (or takes the one
 * prepared for it). Edits made while the connection is down stay in the document and are sent when
 * it is back.
 */
export function useDiagramSession(boardId: string): DiagramSession | null {
  // Rendered with the prepared session at once; the effect takes it over (the same object: no new render).
  const [session, setSession] = useState<DiagramSession | null>(() => prepared.get(boardId) ?? null);
  useEffect(() => {
    const waiting = prepared.get(boardId);
    prepared.delete(boardId);
    const opened = waiting ?? openSession(boardId);
    live.add(boardId);
    setSession(opened);
    // Drawn from the stored content: the drawing takes the live document once it is on screen
    // (DiagramCanvas); this is the latest it comes, whatever is shown.
    const goingLive = setTimeout(() => opened.goLive(), latestLiveMs);
    const leave = () => opened.provider.destroy();
    window.addEventListener('pagehide', leave);
    return () => {
      clearTimeout(goingLive);
      window.removeEventListener('pagehide', leave);
      live.delete(boardId);
      closeSession(opened);
      setSession(null);
    };
  }, [boardId]);
  return session;
}

/**
 * The connection's state, whether the server's content has arrived and whether offline edits wait
 * to be sent. A session that has not started connecting yet (its stored content is being drawn) is
 * connecting, not offline.
 */
export function useConnection(session: DiagramSession): {
  status: ProviderStatus;
  synced: boolean;
  closedWith: number | null;
  everSynced: boolean;
  unsent: boolean;
} {
  const { provider } = session;
  const read = (everSynced: boolean) => ({
    status: provider.status === 'offline' && !session.started ? ('connecting' as const) : provider.status,
    synced: provider.synced,
    closedWith: provider.closedWith,
    everSynced: everSynced || provider.synced,
    unsent: provider.unsent,
  });
  const [state, setState] = useState(() => read(false));
  useEffect(() => {
    // The same state keeps the same object: no render for a notice that changed nothing.
    const update = () =>
      setState((previous) => {
        const next = read(previous.everSynced);
        return (Object.keys(next) as Array<keyof typeof next>).every((key) => next[key] === previous[key]) ? previous : next;
      });
    const offs = [provider.onStatus(update), provider.onSynced(update), provider.onUnsent(update)];
    update();
    return () => offs.forEach((off) => off());
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [session]);
  return state;
}

export function useDiagramSnapshot(session: DiagramSession) {
  return useSyncExternalStore(session.store.subscribe, session.store.getSnapshot);
}

export function usePresence(session: DiagramSession) {
  return useSyncExternalStore(session.presence.subscribe, session.presence.getSnapshot);
}

/** Whether undo and redo have anything to do right now. */
export function useUndoState(undoManager: Y.UndoManager): { canUndo: boolean; canRedo: boolean } {
  const read = () => ({ canUndo: undoManager.canUndo(), canRedo: undoManager.canRedo() });
  const [state, setState] = useState(read);
  useEffect(() => {
    const update = () => setState(read());
    const events = ['stack-item-added', 'stack-item-popped', 'stack-cleared', 'stack-item-updated'] as const;
    for (const event of events) undoManager.on(event, update);
    return () => {
      for (const event of events) undoManager.off(event, update);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [undoManager]);
  return state;
}
