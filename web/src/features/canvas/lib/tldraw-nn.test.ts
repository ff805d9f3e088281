import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { tldrawNynorsk } from './tldraw-nn';

// tldraw's own source strings (English) and its Norwegian (bokmål), as shipped with this version.
const require = createRequire(import.meta.url);
const read = (file: string) => JSON.parse(readFileSync(require.resolve(`@tldraw/assets/translations/${file}`), 'utf8')) as Record<string, string>;
const english = read('main.json');
const bokmal = read('no.json');
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('tldraw in nynorsk', () => {
  it('has a nynorsk text for every string tldraw shows, and no other', () => {
    expect(Object.keys(tldrawNynorsk).sort()).toEqual(Object.keys(english).sort());
  });

  it('keeps every placeholder, and leaves no text empty', () => {
    for (const [key, text] of Object.entries(tldrawNynorsk)) {
      expect(text.trim(), key).not.toBe('');
      expect(placeholders(text), key).toEqual(placeholders(english[key] ?? ''));
    }
  });

  it('is nynorsk, not tldraw’s bokmål: the words that tell them apart are changed', () => {
    const same = Object.entries(tldrawNynorsk).filter(([key, text]) => /\b(ikke|jeg|hvit|rød|høyre|navn|kopien|lenken)\b/i.test(text) && bokmal[key] === text);
    expect(same).toEqual([]);
    expect(tldrawNynorsk['tool.select']).toBe('Vel');
    expect(tldrawNynorsk['color-style.red']).toBe('Raud');
  });
});
