import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import postcss from 'postcss';
import { describe, expect, it } from 'vitest';
import { hasAtRoot, hasSubjectRewrite, hasSubjectRewrites, hasUniversalSubjectAfterHas } from './has-subject-rewrite';

const designsystemetFile = createRequire(import.meta.url).resolve('@digdir/designsystemet-css');

function run(css: string, from = '/x/app.css') {
  return postcss([hasSubjectRewrite({ requireAllIn: (file) => file === '/x/ds.css' })]).process(css, { from }).css;
}

describe('hasSubjectRewrite', () => {
  it('rewrites a listed selector, only that one of a selector list, and leaves other rules alone', () => {
    const css =
      '.ds-card__block:has(>:is(audio,figure,iframe,img,picture,video):only-child)>:not([hidden]),.ds-card__block:has(>:is(audio,figure,iframe,img,picture,video):only-child)>picture img:not([hidden]){border:0}' +
      '.ds-field>*{margin-block:0}.ds-chip:has(input:checked){color:red}@layer ds.components{.ds-chip:has(:focus-visible) *{--_ds--focus:}}';
    expect(run(css)).toBe(
      '.ds-card__block:has(>:is(audio,figure,iframe,img,picture,video):only-child)>:where(audio,figure,iframe,img,picture,video):not([hidden]),.ds-card__block:has(>:is(audio,figure,iframe,img,picture,video):only-child)>picture img:not([hidden]){border:0}' +
        '.ds-field>*{margin-block:0}.ds-chip:has(input:checked){color:red}@layer ds.components{.ds-chip:has(:focus-visible) :where(input,.ds-input){--_ds--focus:}}',
    );
  });

  it('rewrites the checkbox field rule so its subject names the field parts, with the same specificity', () => {
    expect(run('.ds-field:has(input[type=radio],input[type=checkbox])>*{grid-column:content}')).toBe(
      '.ds-field:has(input[type=radio],input[type=checkbox])>:where(.ds-label,.ds-input,.ds-field-affixes,.ds-validation-message,[data-field],label,input,textarea,select){grid-column:content}',
    );
  });

  it('fails on a new :has() rule with a universal subject, in any stylesheet', () => {
    expect(() => run('.ds-new:has(:checked) > *{color:red}')).toThrow(/universal subject/);
    expect(() => run('.ds-new:has(:checked) :not(.x){color:red}')).toThrow(/universal subject/);
    expect(() => run('a{color:red}.ds-new:has(:checked) ~ *::before{color:red}')).toThrow(/universal subject/);
  });

  it('fails on a :has() anchored at the document root, in any stylesheet', () => {
    expect(() => run('html:has(.site-main--workspace) body{overflow:hidden}')).toThrow(/document root/);
    expect(() => run('.a{color:red}:root:has(.b) .c{color:red}')).toThrow(/document root/);
    expect(hasAtRoot('html.workspace-page body')).toBe(false);
    expect(hasAtRoot('body:has(.ds-dialog:modal)')).toBe(false);
    expect(hasAtRoot('.html:has(.x)')).toBe(false);
    expect(hasAtRoot('html-thing:has(.x)')).toBe(false);
  });

  it("fails when Designsystemet's stylesheet no longer has a listed selector", () => {
    const all = [...hasSubjectRewrites.keys()].map((selector) => `${selector}{color:red}`);
    expect(() => run(all.join(''), '/x/ds.css')).not.toThrow();
    expect(() => run(all.slice(1).join(''), '/x/ds.css')).toThrow(/no longer has these selectors/);
  });

  it('tells the slow shape from the harmless ones', () => {
    for (const slow of [
      '.a:has(b)>*',
      '.a:has(b) *',
      '.a:has(b)+:not([hidden])',
      ':is(:is(.g) :is(a:focus-visible,label:has(input:focus-visible))) *',
      '.a:has(b) :where(*, .c)',
    ])
      expect(hasUniversalSubjectAfterHas(slow), slow).toBe(true);
    for (const fine of [
      '.a:has(b)',
      '.a:has(b)>.c',
      '.a:has(b) label:before',
      '.a:has(b)>[data-field=validation]',
      '.a:has(b)>:where(.c,input)',
      ':is(.ds-link:has(>span)>:is(img,svg)):first-child',
      '.a:not(:has(>h1)):before',
      '.a *',
      '.ds-card__block:has(>:is(img,video):only-child)>picture img:not([hidden])',
    ])
      expect(hasUniversalSubjectAfterHas(fine), fine).toBe(false);
  });

  it('accepts the installed Designsystemet stylesheet: every listed selector is there and none is left slow', () => {
    const css = readFileSync(designsystemetFile, 'utf8');
    const out = postcss([hasSubjectRewrite()]).process(css, { from: designsystemetFile }).css;
    for (const [from, to] of hasSubjectRewrites) {
      expect(out).toContain(to);
      expect(out).not.toContain(`${from}{`);
    }
    // Nothing else changed: the output differs from the input only in the rewritten selectors.
    let restored = out;
    for (const [from, to] of hasSubjectRewrites) restored = restored.split(to).join(from);
    expect(restored).toBe(css);
  });
});
