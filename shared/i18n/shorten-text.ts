/**
 * `text` in at most `max` characters: whole when it fits, else cut after the last whole word that
 * fits (mid-word only when a single word is longer than half of `max`), with "…" to say more follows.
 */
export function shortenText(text: string, max: number): string {
  const trimmed = text.trim();
  if (trimmed.length <= max) return trimmed;
  const room = trimmed.slice(0, max - 1);
  const lastSpace = room.search(/\s\S*$/);
  const cut = lastSpace > max / 2 ? room.slice(0, lastSpace) : room;
  return `${cut.replace(/[\s,.;:–-]+$/, '')}…`;
}
