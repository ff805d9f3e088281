/**
 * Walks a selector's text, calling `visit` for each character outside strings and escapes with the
 * bracket depth it is at (an opening bracket is at the depth outside it, its closing one too). A
 * `visit` that returns true stops the walk.
 */
export function scanSelector(text: string, start: number, visit: (index: number, char: string, depth: number) => boolean | void): void {
  let depth = 0;
  let quote = '';
  for (let i = start; i < text.length; i += 1) {
    const char = text[i]!;
    if (char === '\\') {
      i += 1;
      continue;
    }
    if (quote) {
      if (char === quote) quote = '';
      continue;
    }
    if (char === '"' || char === "'") quote = char;
    if (char === ')' || char === ']') depth -= 1;
    if (visit(i, char, depth)) return;
    if (char === '(' || char === '[') depth += 1;
  }
}

/** Splits at the top-level occurrences of the given characters (outside brackets, parentheses and strings). */
export function splitTopLevel(text: string, isSeparator: (char: string) => boolean): string[] {
  const parts: string[] = [];
  let from = 0;
  scanSelector(text, 0, (index, char, depth) => {
    if (depth !== 0 || !isSeparator(char)) return;
    parts.push(text.slice(from, index));
    from = index + 1;
  });
  parts.push(text.slice(from));
  return parts;
}
