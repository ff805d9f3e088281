import type { DiagramNodeInput } from '../../diagram/diagram-document';
import type { Language } from '../../schemas/language';
import type { DiagramNoteContent } from './diagram-content';

/** Space between nodes placed by the template builders. */
export const gap = 40;

/** Size the builders give free notes, so a long instruction stays readable. */
export const noteSize = { width: 320, height: 130 } as const;

/**
 * The template's free notes in a row above the diagram (y < 0), left to right.
 * @param top where the row's top edge goes
 */
export function notesAbove(notes: readonly DiagramNoteContent[], language: Language, top = -(noteSize.height + gap * 2)): DiagramNodeInput[] {
  return notes.map((note, index) => ({
    id: note.key,
    type: 'fritekst',
    position: { x: index * (noteSize.width + gap), y: top },
    size: { ...noteSize },
    data: { text: note.text[language] },
  }));
}
