import { useEffect } from 'react';
import type { MeetingClient } from '../sync/meeting-client';
import type { BoardView } from './board-view';

/** While an anonymous round is open, each note this person writes is recorded as theirs in it. */
export function useRoundClaims(client: MeetingClient | null, view: BoardView | null, roundOpen: boolean, canControl: boolean) {
  useEffect(() => {
    if (!client || !view || !roundOpen || !canControl) return;
    return view.onLocalItemCreated((itemId) => client.send({ type: 'round/claim', itemId }));
  }, [client, view, roundOpen, canControl]);
}
