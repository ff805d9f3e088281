/**
 * A file name from what people called the thing (a board's title, a barometer round's): letters,
 * digits, spaces, dashes, dots, brackets and "…" (a title shortened to fit) are kept, anything
 * else (slashes, quotes, control characters) becomes a space; at most 100 characters before the
 * extension; never empty. The one file-name rule for downloads made in the browser and those the
 * server sends.
 * @param title the title to name the file after
 * @param extension without the leading dot: "pdf", "planrom.json"
 * @param fallback the name when nothing of the title is left
 * @example fileNameFor('Eksport – Lindesnes', 'tldr') // "Eksport – Lindesnes.tldr"
 */
export function fileNameFor(title: string, extension: string, fallback = 'tavle'): string {
  const base =
    title
      .normalize('NFC')
      .replace(/[^\p{L}\p{N}\p{Pd} ._()…]+/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 100)
      .trim() || fallback;
  return `${base}.${extension}`;
}
