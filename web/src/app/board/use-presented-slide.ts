import { useMemo } from 'react';
import type { PresentedSlide } from '../../../../shared/meeting/meeting-protocol';
import { useCurrentSlide } from '../../features/presentation/presentation-store';

/** The slide this browser presents on the board, as the meeting tools note it for the minutes and name it on the meeting-room screen. */
export function usePresentedSlide(boardId: string): PresentedSlide | null {
  const current = useCurrentSlide(boardId);
  const id = current?.slideId ?? null;
  const title = current?.title ?? '';
  const position = (current?.index ?? 0) + 1;
  const count = current?.count ?? 0;
  return useMemo(() => (id ? { id, title, position, count } : null), [id, title, position, count]);
}
