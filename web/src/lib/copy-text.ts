/**
 * Copies text to the clipboard. Returns false when the browser refuses (no permission, an
 * insecure address, an old browser); the caller then selects the text for the person to copy.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard?.writeText) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Selects the text inside an element, so Ctrl+C (⌘C) copies it. */
export function selectText(element: HTMLElement): void {
  const selection = window.getSelection();
  if (!selection) return;
  const range = document.createRange();
  range.selectNodeContents(element);
  selection.removeAllRanges();
  selection.addRange(range);
}
