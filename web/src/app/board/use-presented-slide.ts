import { useMemo } from 'react';
import { oneLineLabel, type PresenterSlide } from '../../../../shared/meeting/meeting-protocol';
import { useCurrentSlide } from '../../lib/presentation-store';

/**
 * The slide this browser presents on the board, as the meeting tools note it for the minutes and
 * send it with the presenter's view: one line, within the protocol's limits (a frame's name may be
 * long or have line breaks), so the channel never refuses it.
 */
export function usePresentedSlide(boardId: string): PresenterSlide | null {
  const current = useCurrentSlide(boardId);
  const id = current?.slideId.slice(0, 200) ?? null;
  const title = oneLineLabel(current?.title ?? '');
  const position = (current?.index ?? 0) + 1;
  const count = current?.count ?? 0;
  return useMemo(() => (id ? { id, title, position, count } : null), [id, title, position, count]);
}
