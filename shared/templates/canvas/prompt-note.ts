/**
 * A template's sticky notes are prompts and examples for the group to react to («Hva får hver kommune
 * igjen for å være med?», «Eksempel: …»), not what the group says. They carry this mark in their
 * tldraw `meta` until someone writes in them; votes and decisions are about the rest.
 */
export const promptMeta = { prompt: true } as const;

/** Whether a canvas shape is a template's prompt nobody has written in yet. */
export function isPromptShape(shape: { meta?: unknown }): boolean {
  const meta = shape.meta;
  return typeof meta === 'object' && meta !== null && (meta as { prompt?: unknown }).prompt === true;
}
