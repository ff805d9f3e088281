/** Splits at the top-level occurrences of the given characters (outside brackets, parentheses and strings). */
export function splitTopLevel(text: string, isSeparator: (char: string) => boolean): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote = '';
  let current = '';
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]!;
    if (quote) {
      if (char === '\\') {
        current += char + (text[i + 1] ?? '');
        i += 1;
        continue;
      }
      if (char === quote) quote = '';
    } else if (char === '\\') {
      current += char + (text[i + 1] ?? '');
      i += 1;
      continue;
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '(' || char === '[') depth += 1;
    else if (char === ')' || char === ']') depth -= 1;
    else if (depth === 0 && isSeparator(char)) {
      parts.push(current);
      current = '';
      continue;
    }
    current += char;
  }
  parts.push(current);
  return parts;
}
