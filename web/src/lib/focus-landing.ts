/**
 * Marks where the keyboard lands when what it was on disappears (`data-focus-landing` in JSX): a
 * heading with tabIndex -1, or a button that is safe to press by accident. Never a destructive one.
 */
const focusLandingAttribute = 'data-focus-landing';

/**
 * Keeps the keyboard inside `container` when a state change takes away the element it was on (a
 * form that becomes a running vote, a button that only exists in one state). Without this the
 * browser puts focus on the page's body, and a keyboard or screen-reader user starts over from the
 * top. Focus goes to the nearest landing still there: walking up from where it was, the first
 * element marked `data-focus-landing` inside the first ancestor that is still in the page.
 *
 * Where something else takes focus in the same frame (a panel that gives it back to its opener),
 * that wins. Returns a function that stops watching.
 */
export function watchFocusLanding(container: HTMLElement): () => void {
  // The focused element and its ancestors up to the container, nearest first, as they were.
  let lostFrom: Element[] = [];
  let frame = 0;

  const onFocusIn = (event: FocusEvent) => {
    lostFrom = event.target instanceof Element ? ancestorsWithin(event.target, container) : [];
  };
  const onFocusOut = (event: FocusEvent) => {
    const left = event.target;
    if (event.relatedTarget instanceof Node && container.contains(event.relatedTarget)) return;
    // Removed from the page, or blurred on purpose (a click outside, a move to the board)? Only
    // once the change has finished can the two be told apart.
    queueMicrotask(() => {
      if (left instanceof Element && left.isConnected && document.activeElement !== left && lostFrom[0] === left) lostFrom = [];
    });
  };
  const onChange = () => {
    if (lostFrom.length === 0 || lostFrom[0]!.isConnected || !focusFellToBody()) return;
    const path = lostFrom;
    // Tried once: a later change must not pull the keyboard back from wherever the person goes.
    lostFrom = [];
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => {
      if (focusFellToBody()) landFocus(path);
    });
  };

  const observer = new MutationObserver(onChange);
  observer.observe(container, { childList: true, subtree: true });
  container.addEventListener('focusin', onFocusIn);
  container.addEventListener('focusout', onFocusOut);
  return () => {
    observer.disconnect();
    cancelAnimationFrame(frame);
    container.removeEventListener('focusin', onFocusIn);
    container.removeEventListener('focusout', onFocusOut);
  };
}

/**
 * Focuses the landing nearest to where focus was, given that place and its ancestors (nearest
 * first). Returns whether one took the focus.
 */
function landFocus(lostFrom: readonly Element[]): boolean {
  for (const ancestor of lostFrom) {
    if (!ancestor.isConnected) continue;
    for (const landing of ancestor.querySelectorAll<HTMLElement>(`[${focusLandingAttribute}]`)) {
      landing.focus();
      if (document.activeElement === landing) return true;
    }
  }
  return false;
}

function ancestorsWithin(element: Element, container: HTMLElement): Element[] {
  const path: Element[] = [];
  for (let node: Element | null = element; node && container.contains(node); node = node.parentElement) path.push(node);
  return path;
}

function focusFellToBody(): boolean {
  return document.activeElement === null || document.activeElement === document.body;
}
