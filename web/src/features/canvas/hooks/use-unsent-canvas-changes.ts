import type { RemoteTLStoreWithStatus } from '@tldraw/sync';
import { useEffect, useState } from 'react';

/**
 * tldraw sends edits kept while offline only after the server has answered the new connection
 * (and then on its next frame); it does not say when they have gone. Online this long is enough.
 */
const resendGraceMs = 3000;

/**
 * Whether this person has changed the board since the connection went down and the change may not
 * have reached the server yet. tldraw keeps such edits and sends them once it is back online;
 * until then they exist only in this tab.
 */
export function useUnsentCanvasChanges(store: RemoteTLStoreWithStatus): boolean {
  const [unsent, setUnsent] = useState(false);
  const live = store.status === 'synced-remote' ? store : null;
  const online = live?.connectionStatus === 'online';
  const tldrawStore = live?.store ?? null;

  useEffect(() => {
    if (!tldrawStore) return;
    if (online) {
      const timer = setTimeout(() => setUnsent(false), resendGraceMs);
      return () => clearTimeout(timer);
    }
    return tldrawStore.listen(() => setUnsent(true), { source: 'user', scope: 'document' });
  }, [online, tldrawStore]);

  // A board that failed for good (closed, access gone) cannot send them by waiting: nothing is held back.
  return unsent && live !== null;
}
