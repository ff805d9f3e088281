import { useCurrentSlide } from './presentation-store';
import { usePresentedArea } from './presented-area';

/**
 * The slide this browser shows: the presenter's on a meeting-room screen that follows them, this
 * person's own while they present; null when nobody presents here or they look around freely.
 */
export function useShownSlideId(): string | null {
  const presented = usePresentedArea();
  const own = useCurrentSlide();
  return presented ? presented.slideId : (own?.slideId ?? null);
}
