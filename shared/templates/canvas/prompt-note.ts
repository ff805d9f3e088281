import type { Language } from '../../schemas/language';
import type { CanvasContent } from './canvas-content';

/**
 * A template's sticky notes are prompts and examples for the group to react to («Hva får hver kommune
 * igjen for å være med?», «Eksempel: …»), not what the group says. They carry this mark in their
 * tldraw `meta` until someone writes in them; votes and decisions are about the rest.
 */
export const promptMeta = { prompt: true } as const;

/**
 * Set in the document record's meta of a board whose prompts carry their mark: made so, or marked
 * once by the first person who could edit it (boards made before the mark existed).
 */
export const promptsMarkedKey = 'planromPromptsMarked';

/** Whether a canvas shape is a template's prompt nobody has written in yet. */
export function isPromptShape(shape: { meta?: unknown }): boolean {
  const meta = shape.meta;
  return typeof meta === 'object' && meta !== null && (meta as { prompt?: unknown }).prompt === true;
}

/** Spaces and line breaks do not tell one text from another here. */
const normalized = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * Whether a note of a board made from this canvas content is still one of its prompts: its id is
 * one the template gives a note (`shape:<key>`; a municipality space's note `shape:<key>-<n>-note`)
 * and its text is that note's, in either language. How the notes of a board made before prompts
 * carried their mark are told apart from what the group wrote.
 */
export function templatePromptMatcher(contents: readonly CanvasContent[]): (shapeId: string, text: string) => boolean {
  const exact = new Map<string, Set<string>>();
  const spaces: Array<{ pattern: RegExp; texts: Set<string> }> = [];
  const texts = (text: Record<Language, string>) => new Set(Object.values(text).map(normalized));
  const add = (id: string, text: Record<Language, string>) => exact.set(id, new Set([...(exact.get(id) ?? []), ...texts(text)]));
  for (const content of contents) {
    for (const item of content.items) {
      if (item.kind === 'note') add(`shape:${item.key}`, item.text);
      if (item.kind !== 'frame') continue;
      for (const child of item.children) {
        if (child.kind === 'note') add(`shape:${child.key}`, child.text);
        if (child.kind === 'municipality-spaces') spaces.push({ pattern: new RegExp(`^shape:${escaped(child.key)}-\\d+-note$`), texts: texts(child.prompt) });
      }
    }
  }
  return (shapeId, text) => {
    const plain = normalized(text);
    if (exact.get(shapeId)?.has(plain)) return true;
    return spaces.some((space) => space.pattern.test(shapeId) && space.texts.has(plain));
  };
}

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
