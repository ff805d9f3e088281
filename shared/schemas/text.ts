import { z } from 'zod';

/** C0 control characters and DEL: NUL cuts text short in places, and none of them can be typed. */
const anyControl = /^[^\u0000-\u001f\u007f]*$/;
/** The same, but with tab, line feed and carriage return allowed (text that may span lines). */
const controlButLines = /^[^\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]*$/;

export const controlCharacterMessage = 'Teksten kan ikke inneholde kontrolltegn (usynlige tegn som NUL).';
export const controlCharacterInLinesMessage = 'Teksten kan ikke inneholde kontrolltegn (usynlige tegn som NUL) utenom linjeskift og tabulator.';

/**
 * A string people type on one line (a title, a name): refuses every control character, checked
 * before trimming, so the field is named in the 400 instead of the text being stored cut short.
 */
export function singleLineText() {
  return z.string().regex(anyControl, controlCharacterMessage);
}

/** A string that may span lines (a description, a note): tab and newlines allowed, other controls refused. */
export function multiLineText() {
  return z.string().regex(controlButLines, controlCharacterInLinesMessage);
}

/** Whether a value has control characters other than tab and newlines (for text outside zod, e.g. record fields). */
export function hasControlCharacters(value: string, { multiLine }: { multiLine: boolean }): boolean {
  return !(multiLine ? controlButLines : anyControl).test(value);
}
