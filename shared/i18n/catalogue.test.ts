import { describe, expect, it } from 'vitest';
import { errorCodes } from '../schemas/api-error';
import { languages } from '../schemas/language';
import { catalogues, nb } from './index';

type Tree = { readonly [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const found = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') found.set(path, value);
    else for (const [childPath, text] of leaves(value, path)) found.set(childPath, text);
  }
  return found;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();

describe('message catalogues', () => {
  const source = leaves(nb);

  it.each(languages)('%s has exactly the keys of the bokmål catalogue', (language) => {
    expect([...leaves(catalogues[language]).keys()].sort()).toEqual([...source.keys()].sort());
  });

  it.each(languages)('%s has no empty texts and keeps every placeholder', (language) => {
    for (const [key, text] of leaves(catalogues[language])) {
      expect(text.trim(), key).not.toBe('');
      expect(placeholders(text), key).toEqual(placeholders(source.get(key) ?? ''));
    }
  });

  it('has a text for every API error code', () => {
    for (const code of errorCodes) expect(source.has(`errors.${code}`), code).toBe(true);
    expect(source.has('errors.unknown')).toBe(true);
  });

  it('is really nynorsk, not bokmål with a few words changed', () => {
    const nb = [...leaves(catalogues.nb).values()];
    const nn = [...leaves(catalogues.nn).values()];
    const differing = nn.filter((text, index) => text !== nb[index]).length;
    // Short shared words (Lerret, Diagram, Avbryt…) are the same; sentences are not.
    expect(differing / nn.length).toBeGreaterThan(0.5);
    expect(nn.join(' ')).not.toMatch(/\b(ikke|hva|endret|finnes|allerede|ennå|navn)\b/);
  });
});
