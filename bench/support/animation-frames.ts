/**
 * tldraw's sync client paces its sending and applying with requestAnimationFrame (30 fps in
 * collaborative mode). Node has no frames; this gives it a browser's 60 Hz ones so the client in
 * the benchmark keeps the same rhythm as in a browser.
 */
if (typeof globalThis.requestAnimationFrame !== 'function') {
  const frameMs = 1000 / 60;
  globalThis.requestAnimationFrame = (callback: FrameRequestCallback) =>
    setTimeout(() => callback(performance.now()), frameMs - (performance.now() % frameMs)) as unknown as number;
  globalThis.cancelAnimationFrame = (handle: number) => clearTimeout(handle as unknown as NodeJS.Timeout);
}
export {};
