/** The keys that move through slides, the same wherever Planrom presents (boards, the barometer). */
const steps: Record<string, number> = {
  ArrowRight: 1,
  ArrowDown: 1,
  PageDown: 1,
  ArrowLeft: -1,
  ArrowUp: -1,
  PageUp: -1,
  Home: -Infinity,
  End: Infinity,
};

/**
 * What a key press does while presenting: a step (±1, or ±Infinity for the first or last slide),
 * 'stop' for Escape, or null when it is no slide key (also with a modifier, left to the browser).
 */
export function slideKey(event: KeyboardEvent): number | 'stop' | null {
  if (event.altKey || event.ctrlKey || event.metaKey) return null;
  if (event.key === 'Escape') return 'stop';
  return steps[event.key] ?? null;
}
