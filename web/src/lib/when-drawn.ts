/**
 * Runs `action` once the page shows what it is waiting for: `isDrawn()` is checked at the start of
 * every animation frame, and once it holds, the action runs in a task after that frame has been
 * drawn (no task runs between a frame's callbacks and its paint). After `latestMs` it runs anyway
 * (a page in a background tab gets no frames). Returns a function that cancels it.
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
    if (isDrawn()) setTimeout(run, 0);
    else frame = requestAnimationFrame(check);
  };
  frame = requestAnimationFrame(check);
  return () => {
    done = true;
    cancelAnimationFrame(frame);
    clearTimeout(fallback);
  };
}
