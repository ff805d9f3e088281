import type { Awareness } from 'y-protocols/awareness';
import { diagramPresenceSchema, type DiagramPresence } from '../../../../../shared/sync/diagram-protocol';

/** Someone else on the board, as their presence says. */
export interface RemotePresence extends DiagramPresence {
  clientId: number;
}

/**
 * The other people on a board (awareness states, checked), for `useSyncExternalStore`. Our own
 * state is left out; malformed states are ignored.
 */
export class PresenceStore {
  private snapshot: RemotePresence[] = [];
  private readonly listeners = new Set<() => void>();

  constructor(private readonly awareness: Awareness) {
    awareness.on('change', this.update);
    this.update();
  }

  private update = () => {
    const next: RemotePresence[] = [];
    for (const [clientId, state] of this.awareness.getStates()) {
      if (clientId === this.awareness.clientID) continue;
      const parsed = diagramPresenceSchema.safeParse(state);
      if (parsed.success && parsed.data.user.name) next.push({ ...parsed.data, clientId });
    }
    next.sort((a, b) => a.user.name.localeCompare(b.user.name, 'nb') || a.clientId - b.clientId);
    this.snapshot = next;
    for (const listener of this.listeners) listener();
  };

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = () => this.snapshot;

  destroy(): void {
    this.awareness.off('change', this.update);
    this.listeners.clear();
  }
}
