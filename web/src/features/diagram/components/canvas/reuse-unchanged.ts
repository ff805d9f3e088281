import type { MutableRefObject } from 'react';

/** Last run's derived values by id, with the inputs each was made from. */
export type ReuseCache<T> = Map<string, { inputs: unknown[]; value: T }>;

/**
 * Starts one run of deriving values by id: `reuse(id, inputs, build)` returns last run's value when
 * every input is the same (===), else builds a new one. React Flow re-renders only the nodes and
 * edges whose object changed, so on a large diagram a drag or an edit re-renders one, not all.
 * Call it once per recomputation (inside `useMemo`); ids not asked for in this run are forgotten.
 */
export function reuseUnchanged<T>(cache: MutableRefObject<ReuseCache<T>>): (id: string, inputs: unknown[], build: () => T) => T {
  const previous = cache.current;
  const next: ReuseCache<T> = new Map();
  cache.current = next;
  return (id, inputs, build) => {
    const cached = previous.get(id);
    if (cached && cached.inputs.every((value, index) => value === inputs[index])) {
      next.set(id, cached);
      return cached.value;
    }
    const value = build();
    next.set(id, { inputs, value });
    return value;
  };
}
