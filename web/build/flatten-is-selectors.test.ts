import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import postcss from 'postcss';
import { describe, expect, it } from 'vitest';
import { distributeIs, flattenIs, flattenIsSelectors, unwrapLeadingIs } from './flatten-is-selectors';
import { hasSubjectRewrite } from './has-subject-rewrite';

const run = (css: string) => postcss([flattenIsSelectors()]).process(css, { from: '/x/app.css' }).css;

describe('flattenIsSelectors', () => {
  it('unwraps a leading :is() of one selector, joining the simple selectors beside it to its last part', () => {
    expect(unwrapLeadingIs(':is(.ds-details>:is(summary,u-summary)):before')).toBe('.ds-details>:is(summary,u-summary):before');
    expect(unwrapLeadingIs('[aria-selected=true]:is([data-creatable].ds-search>u-datalist>u-option[data-empty]):before')).toBe(
      '[data-creatable].ds-search>u-datalist>u-option[data-empty][aria-selected=true]:before',
    );
    expect(unwrapLeadingIs(':is(:is(.a .b)) .c')).toBe('.a .b .c');
  });

  it('leaves an :is() alone where unwrapping would change what matches', () => {
    // Not at the start: `.x :is(.a .b)` also matches when .a is outside .x.
    expect(unwrapLeadingIs('.x :is(.a .b)')).toBe('.x :is(.a .b)');
    // A list, or a type beside it that could not be moved.
    expect(unwrapLeadingIs(':is(.a,.b) .c')).toBe(':is(.a,.b) .c');
    expect(unwrapLeadingIs('a:is(.b .c)')).toBe('a:is(.b .c)');
  });

  it('spreads an :is() of types, of classes or of attributes over the selector list', () => {
    expect(distributeIs('.ds-link>:is(img,svg)')).toEqual(['.ds-link>img', '.ds-link>svg']);
    expect(distributeIs(':is(.ds-search,.ds-suggestion):has(>input[type=search]):after')).toEqual([
      '.ds-search:has(>input[type=search]):after',
      '.ds-suggestion:has(>input[type=search]):after',
    ]);
    expect(distributeIs('.ds-table>:is(tbody,thead)>tr>:is(th,td)')).toEqual([
      '.ds-table>tbody>tr>th',
      '.ds-table>tbody>tr>td',
      '.ds-table>thead>tr>th',
      '.ds-table>thead>tr>td',
    ]);
  });

  it('does not spread what would change meaning, specificity or validity', () => {
    // Inside :not() a list would mean "not a, or not b".
    expect(distributeIs('.x:not(:is(.a,.b))')).toEqual(['.x:not(:is(.a,.b))']);
    // Mixed kinds have different specificities; pseudo-classes might not be known to a browser.
    expect(distributeIs('.tabs :is([role=tab],u-tab)')).toEqual(['.tabs :is([role=tab],u-tab)']);
    expect(distributeIs('.x :is(:focus,:-moz-focusring)')).toEqual(['.x :is(:focus,:-moz-focusring)']);
    // A type cannot follow a class in its compound.
    expect(distributeIs('.x:is(h1,h2)')).toEqual(['.x:is(h1,h2)']);
    // Not in strings or attribute values.
    expect(distributeIs('[data-x=":is(a,b)"]')).toEqual(['[data-x=":is(a,b)"]']);
    // At most twelve selectors from one (those left with an :is() still mean the same).
    const spread = distributeIs(':is(h1,h2,h3,h4,h5,h6) :is(a,b,i)');
    expect(spread).toHaveLength(12);
    expect(spread.slice(0, 4)).toEqual(['h1 a', 'h1 b', 'h1 i', 'h2 a']);
    expect(spread.at(-1)).toBe('h6 :is(a,b,i)');
  });

  it('rewrites every selector of a rule and keeps the declarations, also in layers and media queries', () => {
    expect(run('@layer ds{@media (hover:hover){.a>:is(b,i),:is(.c .d):hover{color:red}}}.e{color:blue}')).toBe(
      '@layer ds{@media (hover:hover){.a>b,.a>i,.c .d:hover{color:red}}}.e{color:blue}',
    );
  });

  it('leaves no leading one-selector :is() and no spreadable :is() in Designsystemet’s stylesheet (the cost it removes: bench/open-traces.md)', () => {
    const file = createRequire(import.meta.url).resolve('@digdir/designsystemet-css');
    const css = postcss([hasSubjectRewrite(), flattenIsSelectors()]).process(readFileSync(file, 'utf8'), { from: file }).root;
    let selectors = 0;
    css.walkRules((rule) => {
      for (const selector of rule.selectors) {
        selectors += 1;
        expect(flattenIs(selector), selector).toEqual([selector]);
      }
    });
    expect(selectors).toBeGreaterThan(900);
  });
});
