/** The blocks of tldraw's rich text (TipTap's JSON) that hold a line of text each. */
const textBlocks = new Set(['paragraph', 'heading', 'codeBlock']);

/**
 * The text of a tldraw rich-text value as plain text, one line per paragraph or heading (also inside
 * lists), read straight from the JSON: tldraw's own reader builds an editor schema first.
 * @example plainTextOf({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Mål' }] }] }) // "Mål"
 */
export function plainTextOf(richText: unknown): string {
  const lines: string[] = [];
  const walk = (node: unknown) => {
    if (!node || typeof node !== 'object') return;
    const { type, content } = node as { type?: unknown; content?: unknown };
    const children: unknown[] = Array.isArray(content) ? content : [];
    if (typeof type === 'string' && textBlocks.has(type)) {
      lines.push(children.map((child) => ((child as { text?: unknown })?.text as string | undefined) ?? '').join(''));
      return;
    }
    for (const child of children) walk(child);
  };
  walk(richText);
  return lines.join('\n');
}
