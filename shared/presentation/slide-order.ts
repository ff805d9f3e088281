/**
 * The order of a presentation's slides, shared by canvas boards (frames) and diagrams (phases,
 * categories, groups). What is stored is only a list of slide ids; the slides themselves come from
 * the board. A stored order never hides a slide and never shows one that is gone.
 */

/** Most slide ids a stored order keeps (a board with more slides lists the rest in natural order). */
export const maxStoredSlides = 500;

/**
 * The slides in presentation order: those named in `stored` first, in that order, then every other
 * slide in its natural order (a frame made after the order was set goes last).
 * @param natural the board's slide ids in their natural order (frame order, phase order)
 * @param stored the order someone saved, possibly naming slides that are gone; may be anything
 * @example orderSlides(['a', 'b', 'c'], ['c', 'x', 'a']) // ['c', 'a', 'b']
 */
export function orderSlides(natural: readonly string[], stored: unknown): string[] {
  const exists = new Set(natural);
  const ordered: string[] = [];
  const placed = new Set<string>();
  for (const id of Array.isArray(stored) ? stored : []) {
    if (typeof id !== 'string' || !exists.has(id) || placed.has(id)) continue;
    ordered.push(id);
    placed.add(id);
  }
  for (const id of natural) if (!placed.has(id)) ordered.push(id);
  return ordered;
}

/**
 * The order after moving one slide `by` places (−1 earlier, +1 later), clamped to the ends.
 * Unknown ids leave the order as it was.
 * @example moveSlide(['a', 'b', 'c'], 'c', -1) // ['a', 'c', 'b']
 */
export function moveSlide(order: readonly string[], id: string, by: number): string[] {
  const from = order.indexOf(id);
  if (from === -1) return [...order];
  const to = Math.min(order.length - 1, Math.max(0, from + by));
  const next = [...order];
  next.splice(from, 1);
  next.splice(to, 0, id);
  return next;
}

/** Whether a stored order needs writing: it differs from what would be stored now. */
export function sameOrder(a: readonly string[], b: unknown): boolean {
  return Array.isArray(b) && a.length === b.length && a.every((id, index) => id === b[index]);
}
