/**
 * A value after one of tldraw's sync value operations (`['put', v]`, `['delete']`, `['patch', diff]`,
 * `['append', values, offset]`), the way tldraw's room applies them, so Planrom can check what a
 * patch would leave in a record before the room takes it.
 */
export function applyValueOp(current: unknown, op: unknown): unknown {
  if (!Array.isArray(op)) return current;
  switch (op[0]) {
    case 'put':
      return op[1];
    case 'delete':
      return undefined;
    case 'patch':
      return current && typeof current === 'object' ? applyObjectDiff(current, op[1]) : current;
    case 'append': {
      const [, value, offset] = op as [string, unknown, number];
      if (Array.isArray(current) && Array.isArray(value) && current.length === offset) return [...current, ...value];
      if (typeof current === 'string' && typeof value === 'string' && current.length === offset) return current + value;
      return current;
    }
    default:
      return current;
  }
}

/** An object after a tldraw object diff (`{ key: op }`); the input is not changed. */
export function applyObjectDiff(object: unknown, diff: unknown): unknown {
  if (!object || typeof object !== 'object' || !diff || typeof diff !== 'object') return object;
  const result: Record<string, unknown> = Array.isArray(object)
    ? ([...object] as unknown as Record<string, unknown>)
    : { ...(object as Record<string, unknown>) };
  for (const [key, op] of Object.entries(diff as Record<string, unknown>)) {
    const next = applyValueOp(result[key], op);
    if (next === undefined) delete result[key];
    else result[key] = next;
  }
  return result;
}
