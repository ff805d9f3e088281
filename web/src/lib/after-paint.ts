/**
 * Runs `action` once the browser has drawn what was rendered just before: after the next two
 * animation frames (the first lays out what was rendered and, on a diagram, measures its nodes; the
 * second shows it), or after `latestMs` when no frame comes (a page in a background tab). Returns a
 * function that cancels it.
 */
export function afterPaint(action: () => void, latestMs = 1_000): () => void {
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
  frame = requestAnimationFrame(() => {
    frame = requestAnimationFrame(() => setTimeout(run, 0));
  });
  return () => {
    done = true;
    cancelAnimationFrame(frame);
    clearTimeout(fallback);
  };
}
