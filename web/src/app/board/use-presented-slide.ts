import { useMemo } from 'react';
import type { ShownSlide } from '../../../../shared/meeting/meeting-protocol';
import { useCurrentSlide } from '../../features/presentation/presentation-store';

/** The slide this browser presents on the board, as the meeting tools note it for the minutes. */
export function usePresentedSlide(boardId: string): ShownSlide | null {
  const current = useCurrentSlide(boardId);
  const id = current?.slideId ?? null;
  const title = current?.title ?? '';
  return useMemo(() => (id ? { id, title } : null), [id, title]);
}
