import { useEffect, useState, type RefObject } from 'react';

/**
 * Whether tldraw has put its license gate in place of the editor. tldraw does that, after a few
 * seconds, when it runs in production (https, not localhost) without a valid license key; its gate
 * is an empty hidden element, which would leave a blank board. Planrom only watches for it, to
 * explain what is wrong; it never changes or works around tldraw's check.
 */
export function useLicenseGate(container: RefObject<HTMLElement | null>): boolean {
  const [gated, setGated] = useState(false);
  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const check = () => setGated(element.querySelector('[data-testid="tl-license-expired"]') !== null);
    check();
    const observer = new MutationObserver(check);
    observer.observe(element, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [container]);
  return gated;
}
