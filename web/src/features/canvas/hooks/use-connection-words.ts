import { useEffect, useState } from 'react';

export type SyncState = 'connecting' | 'online' | 'offline' | 'error';
export type ConnectionWords = 'connecting' | 'online' | 'reconnecting' | 'offline';

/** After this long without a connection, "kobler til igjen" becomes "frakoblet". */
const patienceMs = 4000;

/**
 * The connection state in the words the board shows: a short drop is "kobler til igjen"; a longer
 * one (or the browser saying it is offline) is "frakoblet – endringene sendes når forbindelsen er
 * tilbake". tldraw keeps unsent edits and reconnects by itself in both cases.
 */
export function useConnectionWords(state: SyncState): ConnectionWords {
  const [longOffline, setLongOffline] = useState(false);
  const [browserOffline, setBrowserOffline] = useState(() => typeof navigator !== 'undefined' && navigator.onLine === false);

  useEffect(() => {
    const update = () => setBrowserOffline(!navigator.onLine);
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    return () => {
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
    };
  }, []);

  useEffect(() => {
    setLongOffline(false);
    if (state !== 'offline') return;
    const timer = setTimeout(() => setLongOffline(true), patienceMs);
    return () => clearTimeout(timer);
  }, [state]);

  if (state === 'online') return 'online';
  if (state === 'connecting') return browserOffline ? 'offline' : 'connecting';
  if (state === 'offline') return longOffline || browserOffline ? 'offline' : 'reconnecting';
  return 'offline';
}
