import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { tldrawNynorsk } from './tldraw-nn';
import { tldrawBokmalFixes } from './tldraw-translations';

const require = createRequire(import.meta.url);
const tldrawBokmal = JSON.parse(readFileSync(require.resolve('@tldraw/assets/translations/no.json'), 'utf8')) as Record<string, string>;

/** Texts that stand side by side as choices of one menu (the style panel's line kinds, its sections). */
const sideBySide = [/^dash-style\./, /^style-panel\.(dash|arrow-kind|fill|size|font|align|vertical-align|geo|spline)$/];

describe('tldraw’s labels in Planrom', () => {
  for (const [language, texts] of [
    ['bokmål', { ...tldrawBokmal, ...tldrawBokmalFixes }],
    ['nynorsk', tldrawNynorsk],
  ] as const) {
    it(`give the choices that stand side by side different names in ${language}`, () => {
      for (const group of sideBySide) {
        const names = Object.entries(texts)
          .filter(([key]) => group.test(key))
          .map(([, text]) => text);
        expect(new Set(names).size, String(group)).toBe(names.length);
      }
    });
  }

  it('fix only keys tldraw has', () => {
    for (const key of Object.keys(tldrawBokmalFixes)) expect(tldrawBokmal[key], key).toBeDefined();
  });
});
