/** A file name from a board's title: letters, digits, spaces and dashes; never empty. */
export function fileNameFor(title: string, extension: string): string {
  const base = title.replace(/[^\p{L}\p{N}\p{Pd} ._()]+/gu, ' ').replace(/\s+/g, ' ').trim().slice(0, 100) || 'lerret';
  return `${base}.${extension}`;
}
