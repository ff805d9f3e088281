/**
 * Runs `action` once the page shows what it is waiting for: `isDrawn()` is checked every animation
 * frame, and once it holds, the action runs after the next frame has been drawn. After `latestMs`
 * it runs anyway (a page in a background tab gets no frames). Returns a function that cancels it.
 */
export function whenDrawn(isDrawn: () => boolean, action: () => void, latestMs = 2_000): () => void {
  let done = false;
  let frame = 0;
  const run = () => {
    if (done) return;
    done = true;
    cancelAnimationFrame(frame);
    clearTimeout(fallback);
    action();
  };
  const fallback = setTimeout(run, latestMs);
  const check = () => {
    // Drawn in this frame: the next one has shown it.
    frame = isDrawn() ? requestAnimationFrame(() => setTimeout(run, 0)) : requestAnimationFrame(check);
  };
  frame = requestAnimationFrame(check);
  return () => {
    done = true;
    cancelAnimationFrame(frame);
    clearTimeout(fallback);
  };
}
