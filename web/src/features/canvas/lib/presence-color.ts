/**
 * Colours for cursors and name tags: dark enough for tldraw's white name text (≥ 4.5:1) and
 * distinct from each other.
 */
const palette = ['#1d4ed8', '#b91c1c', '#047857', '#7c3aed', '#b45309', '#0e7490', '#be185d', '#4d7c0f', '#4338ca', '#9d174d', '#115e59', '#854d0e'];

/** The same person always gets the same colour (FNV-1a hash of their id). */
export function presenceColor(id: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i += 1) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return palette[(hash >>> 0) % palette.length]!;
}
