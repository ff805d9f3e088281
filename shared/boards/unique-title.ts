import { limits } from '../limits';

/**
 * A title no other board of the region has: the title itself when free, otherwise the first free
 * "<title> 2", "<title> 3", … (compared without regard to case or surrounding spaces).
 * @example uniqueTitle('Vårt formål', ['Vårt formål', 'Vårt formål 2']) // 'Vårt formål 3'
 */
export function uniqueTitle(title: string, taken: Iterable<string>): string {
  const key = (text: string) => text.trim().toLocaleLowerCase('nb');
  const used = new Set([...taken].map(key));
  const base = title.trim().slice(0, limits.boardTitle);
  if (!used.has(key(base))) return base;
  for (let number = 2; ; number++) {
    const suffix = ` ${number}`;
    const candidate = `${base.slice(0, limits.boardTitle - suffix.length).trimEnd()}${suffix}`;
    if (!used.has(key(candidate))) return candidate;
  }
}
