import type { PluginCreator } from 'postcss';
import { scanSelector, splitTopLevel } from './selector-text';

/** A selector grows into at most this many. */
const spreadLimit = 12;

const simpleKinds = [
  { kind: 'type', pattern: /^[a-zA-Z][\w-]*$/ },
  { kind: 'class', pattern: /^\.[a-zA-Z_-][\w-]*$/ },
  { kind: 'attribute', pattern: /^\[[^\]"'\\]*\]$/ },
] as const;

function simpleKind(selector: string): string | null {
  return simpleKinds.find(({ pattern }) => pattern.test(selector))?.kind ?? null;
}

/** Index of the parenthesis closing the one at `open` (-1 when there is none). */
function closingParenthesis(text: string, open: number): number {
  let close = -1;
  scanSelector(text, open, (index, char, depth) => {
    if (depth !== 0 || index === open) return false;
    if (char === ')') close = index;
    return true;
  });
  return close;
}

/** Where `:is(` opens at the selector's top level (not inside another pseudo-class, an attribute or a string). */
function topLevelIsPositions(selector: string): number[] {
  const positions: number[] = [];
  scanSelector(selector, 0, (index, char, depth) => {
    if (depth === 0 && char === ':' && selector.startsWith(':is(', index)) positions.push(index);
  });
  return positions;
}

/** `P:is(S)T…` at the start of a selector, S one selector and P only classes, ids and attributes → `SPT…`. */
export function unwrapLeadingIs(selector: string): string {
  let current = selector.trim();
  for (;;) {
    const leading = /^((?:\.[\w-]+|#[\w-]+|\[[^\]"'\\]*\])*):is\(/.exec(current);
    if (!leading) return current;
    const open = leading[1]!.length + ':is'.length;
    const close = closingParenthesis(current, open);
    if (close < 0) return current;
    const inner = current.slice(open + 1, close).trim();
    if (inner === '' || splitTopLevel(inner, (char) => char === ',').length !== 1) return current;
    current = inner + leading[1] + current.slice(close + 1);
  }
}

/** A selector with a top-level `:is()` of simple selectors of one kind, as the list of selectors it stands for. */
export function distributeIs(selector: string): string[] {
  const selectors = [selector.trim()];
  // Each spread selector is looked at again: it may have another `:is()` to spread.
  for (let i = 0; i < selectors.length;) {
    const spread = spreadFirstIs(selectors[i]!);
    if (spread && selectors.length - 1 + spread.length <= spreadLimit) selectors.splice(i, 1, ...spread);
    else i += 1;
  }
  return selectors;
}

function spreadFirstIs(selector: string): string[] | null {
  for (const at of topLevelIsPositions(selector)) {
    const open = at + ':is'.length;
    const close = closingParenthesis(selector, open);
    if (close < 0) return null;
    const options = splitTopLevel(selector.slice(open + 1, close), (char) => char === ',').map((option) => option.trim());
    const kinds = new Set(options.map(simpleKind));
    if (options.length < 2 || kinds.has(null) || kinds.size !== 1) continue;
    const before = selector.slice(0, at);
    // A type selector has to open its compound.
    if (kinds.has('type') && before !== '' && !/[\s>+~]$/.test(before)) continue;
    return options.map((option) => before + option + selector.slice(close + 1));
  }
  return null;
}

/** Both rewrites, for one selector (of a list). */
export function flattenIs(selector: string): string[] {
  return distributeIs(unwrapLeadingIs(selector));
}

/**
 * A PostCSS plugin that writes two shapes of `:is()` selectors out as the plain selectors they
 * stand for, with the same meaning and specificity:
 *
 * - a leading `:is()` with one selector in it: `:is(.ds-details>:is(summary,u-summary)):before` is
 *   `.ds-details>:is(summary,u-summary):before` (simple selectors beside it join its last part);
 * - an `:is()` of types, classes or attributes alone (one kind, so one specificity), outside any
 *   other pseudo-class: `.ds-link>:is(img,svg)` is the list `.ds-link>img,.ds-link>svg`.
 *
 * Why: Chromium files each selector under the id, class, attribute or type its last part names
 * and tries it only on elements that have it; a last part that is an `:is()` names nothing it can
 * file under, so the selector is tried on every element styled anywhere in the page. Designsystemet
 * is built with many such selectors (its nesting written out as `:is()`): with them, styling a
 * 1,000-node diagram's elements took 123 ms instead of 58 ms; written out, 76 ms
 * (bench/open-traces.md). The browser's work follows the page's elements, so every board, panel
 * and page gains.
 *
 * Only exact rewrites are made: not inside `:not()` or any other pseudo-class (there a list would
 * mean something else), never to selectors a browser might not know (only types, classes and
 * attributes are spread), and a selector grows into at most `spreadLimit` selectors.
 */
export const flattenIsSelectors: PluginCreator<void> = () => ({
  postcssPlugin: 'planrom-flatten-is-selectors',
  Once(root) {
    root.walkRules((rule) => {
      if (!rule.selector.includes(':is(')) return;
      rule.selector = splitTopLevel(rule.selector, (char) => char === ',')
        .flatMap(flattenIs)
        .join(',');
    });
  },
});
flattenIsSelectors.postcss = true;
