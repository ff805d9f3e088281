import { useMemo } from 'react';
import type { RemotePresence } from '../../sync/presence-store';

/** Who else has each node or edge selected, by id, so the canvas can outline it in their colour. */
export function useRemoteSelections(presence: RemotePresence[]): Map<string, RemotePresence['user'][]> {
  return useMemo(() => {
    const map = new Map<string, RemotePresence['user'][]>();
    for (const person of presence) for (const id of person.selection) map.set(id, [...(map.get(id) ?? []), person.user]);
    return map;
  }, [presence]);
}
