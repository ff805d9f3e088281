import { useState, type ClipboardEvent, type FormEvent } from 'react';

type TextElement = HTMLInputElement | HTMLTextAreaElement;

/**
 * Whether the text last pasted into a field was longer than the room left under its `maxLength`:
 * the browser then cuts it without a word, so the field says so (see TextField). Typing again
 * (or deleting) takes the message away; another paste decides afresh.
 */
export function usePasteCut(maxLength: number | undefined): {
  cut: boolean;
  onPaste: (event: ClipboardEvent<TextElement>) => void;
  onInput: (event: FormEvent<TextElement>) => void;
} {
  const [cut, setCut] = useState(false);
  return {
    cut,
    onPaste: (event) => {
      if (maxLength === undefined) return;
      const field = event.currentTarget;
      const replaced = (field.selectionEnd ?? 0) - (field.selectionStart ?? 0);
      // A single-line field drops the line breaks of what is pasted.
      const pasted = event.clipboardData.getData('text/plain');
      const length = field instanceof HTMLInputElement ? pasted.replace(/[\r\n]/g, '').length : pasted.length;
      setCut(field.value.length - replaced + length > maxLength);
    },
    onInput: (event) => {
      if ((event.nativeEvent as InputEvent).inputType !== 'insertFromPaste') setCut(false);
    },
  };
}
