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
    // A look once a second is enough (tldraw waits seconds before gating) and costs nothing while
    // tldraw mounts thousands of shapes, which a subtree MutationObserver would not.
    const check = () => setGated(element.querySelector('[data-testid="tl-license-expired"]') !== null);
    check();
    const timer = setInterval(check, 1000);
    return () => clearInterval(timer);
  }, [container]);
  return gated;
}
