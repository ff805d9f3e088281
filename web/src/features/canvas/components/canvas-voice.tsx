import { useCallback, useEffect, useRef, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useA11y, type TLUiA11yContextType } from 'tldraw';
import type { Spoken } from '../lib/spoken';

type Region = RefObject<TLUiA11yContextType | null>;

/**
 * Says what the person's own action did, politely, in tldraw's live region (the one that reads out
 * the selected shape): one region on the canvas, not two. `say` is for code outside tldraw's
 * interface (its overrides, onMount) and stays the same between renders; the region is reached
 * through `<CanvasVoice region={region} />`, rendered inside `<Tldraw>`.
 */
export function useCanvasVoice() {
  const { t } = useTranslation();
  const words = useRef(t);
  words.current = t;
  const region: Region = useRef(null);
  const say = useCallback((spoken: Spoken) => {
    const message = words.current(`canvas.spoken.${spoken.said}`, spoken);
    // tldraw reads out the selection in the frame after it changes (Undo brings back what was
    // selected), over what was said before: this is said after it, two frames on.
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        const a11y = region.current;
        if (!a11y) return;
        // The same sentence twice would not change the region, and not be read again: a no-break space makes it new.
        const again = a11y.currentMsg.get().msg === message;
        a11y.announce({ msg: again ? `${message}\u00a0` : message, priority: 'polite' });
      }),
    );
  }, []);
  return { region, say };
}

/** Lends tldraw's live region to `useCanvasVoice` (tldraw gives it only to what it renders). */
export function CanvasVoice({ region }: { region: Region }) {
  const a11y = useA11y();
  useEffect(() => {
    region.current = a11y;
    return () => void (region.current = null);
  }, [region, a11y]);
  return null;
}
