import { useEffect } from 'react';
import type { MeetingClient } from '../../../../../shared/meeting/meeting-client';
import type { BoardView } from './board-view';

/**
 * While an anonymous round is open, each note this person writes is recorded as theirs in it (the
 * server keeps the name to itself), and the note itself carries no signature.
 */
export function useRoundClaims(client: MeetingClient | null, view: BoardView | null, roundOpen: boolean, canControl: boolean) {
  useEffect(() => {
    if (!client || !view || !roundOpen || !canControl) return;
    const stopClaiming = view.onLocalItemCreated((itemId) => client.send({ type: 'round/claim', itemId }));
    const stopWithholding = view.withholdAuthorship();
    return () => {
      stopClaiming();
      stopWithholding();
    };
  }, [client, view, roundOpen, canControl]);
}
