import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { tldrawNynorsk } from './tldraw-nn';
import { patchedTldrawTexts, tldrawBokmalFixes } from './tldraw-translations';

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

  it('name what patched tldraw leaves in English, in both languages, under keys tldraw does not have', () => {
    const patchFile = readdirSync('patches').find((name) => name.startsWith('tldraw+'));
    const patch = readFileSync(`patches/${patchFile}`, 'utf8');
    for (const texts of Object.values(patchedTldrawTexts)) {
      for (const [key, text] of Object.entries(texts)) {
        expect(tldrawBokmal[key], key).toBeUndefined();
        expect(patch, key).toContain(`msg("${key}")`);
        // Radix puts the key that reaches the region where "{hotkey}" stands.
        if (key === 'planrom.toast.viewport') expect(text).toContain('{hotkey}');
      }
    }
    expect(Object.keys(patchedTldrawTexts.nn)).toEqual(Object.keys(patchedTldrawTexts.nb));
  });

  it('fix only keys tldraw has', () => {
    for (const key of Object.keys(tldrawBokmalFixes)) expect(tldrawBokmal[key], key).toBeDefined();
  });
});
