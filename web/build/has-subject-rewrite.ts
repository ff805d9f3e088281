import type { PluginCreator, Rule } from 'postcss';
import { splitTopLevel } from './selector-text';
import { isDesignsystemetCss } from './unused-designsystemet-components';

/**
 * A PostCSS plugin that gives seven of Designsystemet's `:has()` rules a subject naming the
 * component's own parts instead of `*` (or `:not([hidden])`).
 *
 * Why: a rule whose `:has()` sits before a combinator and whose last part is universal, such as
 * `.ds-field:has(input[type=radio]) > *`, makes Chromium recheck it for every element inserted or
 * restyled anywhere in the page. tldraw measures each note's text by setting a hidden element's
 * HTML and reading its size; with these rules each measurement cost 12.3 ms of style recalculation
 * instead of 0.4 ms, and a 2,000-note board opened in 9.9 s instead of about 6.4 s
 * (bench/open-traces.md). A subject tldraw's elements never match removes the cost.
 *
 * The replacements keep what the rules do to Designsystemet's own markup (read from
 * designsystemet-react 1.22: Checkbox, Radio, Switch, Textfield, Field.*, Chip.*, ToggleGroup.Item,
 * Card.Block) and their specificity (the new parts are inside `:where()`, which counts nothing, as
 * `*` did). The focus rules only set `--_ds--focus`, an inherited custom property read by the rules
 * that draw Designsystemet's focus ring; naming the parts that can be focused (and the field's
 * parts, whose descendants inherit it) is enough.
 *
 * The build fails if Designsystemet's CSS changes under it: a listed selector that is no longer in
 * the stylesheet, or any selector (in any stylesheet) with a `:has()` before a combinator and a
 * universal last part, is an error, so an upgrade cannot bring the slowness back unnoticed.
 */

/** Every part Designsystemet's field components put directly in a `.ds-field`. */
const fieldParts = ':where(.ds-label,.ds-input,.ds-field-affixes,.ds-validation-message,[data-field],label,input,textarea,select)';
const checkField = '.ds-field:has(input[type=radio],input[type=checkbox])';
const media = 'audio,figure,iframe,img,picture,video';

/** Designsystemet 1.22's selectors (as written in its minified stylesheet) → their replacements. */
export const hasSubjectRewrites: ReadonlyMap<string, string> = new Map([
  // Disabled field: every part is dimmed (Textfield, Select, Checkbox, Radio …).
  ['.ds-field:has(.ds-input[aria-disabled=true],.ds-input:disabled)>*', `.ds-field:has(.ds-input[aria-disabled=true],.ds-input:disabled)>${fieldParts}`],
  // Checkbox/radio/switch field: every part but the input goes in the grid's content column.
  [`${checkField}>*`, `${checkField}>${fieldParts}`],
  // The field draws the focus ring, so its input does not.
  [`${checkField}:has(input:focus-visible) *`, `${checkField}:has(input:focus-visible) ${fieldParts}`],
  // A disabled outline field dims itself as a whole, so its parts (and the input) are not dimmed again.
  [
    '.ds-field[data-variant=outline]:has(input[type=radio],input[type=checkbox]):has(input:disabled,input[aria-disabled=true]) *',
    `.ds-field[data-variant=outline]:has(input[type=radio],input[type=checkbox]):has(input:disabled,input[aria-disabled=true]) ${fieldParts}`,
  ],
  // A card block holding only a picture or video: the `:only-child` in `:has()` means the one child
  // that is not hidden is that media element.
  [`.ds-card__block:has(>:is(${media}):only-child)>:not([hidden])`, `.ds-card__block:has(>:is(${media}):only-child)>:where(${media}):not([hidden])`],
  // Chip.Checkbox / Chip.Radio: the label draws the ring, its input does not. (The chip's text is
  // no longer reset: no rule reads the property there, and `span` would bring back some of the cost.)
  ['.ds-chip:has(:focus-visible) *', '.ds-chip:has(:focus-visible) :where(input,.ds-input)'],
  // ToggleGroup.Item (a label around a radio input) or a link/button item: the item draws the ring.
  [
    ':is(:is(.ds-togglegroup,.ds-toggle-group) :is(a:focus-visible,button:focus-visible,label:has(input:focus-visible))) *',
    ':is(:is(.ds-togglegroup,.ds-toggle-group) :is(a:focus-visible,button:focus-visible,label:has(input:focus-visible))) :where(input,.ds-input)',
  ],
]);

/** The selector's compounds, split at its top-level combinators (descendant, `>`, `+`, `~`). */
function compounds(selector: string): string[] {
  return splitTopLevel(selector.trim().replace(/\s*([>+~])\s*/g, '$1'), (char) => /[\s>+~]/.test(char)).filter((part) => part !== '');
}

/** Whether a compound names a type, class or id (or an attribute): anything but `*` and pseudo-classes alone. */
function namesSomething(compound: string): boolean {
  const top = compound;
  // Drop the arguments of functional pseudo-classes, except the lists of :is()/:where(), which name
  // something if every one of their selectors does.
  let rest = '';
  let index = 0;
  for (const match of top.matchAll(/::?[\w-]+\(/g)) {
    const open = match.index + match[0].length;
    let depth = 1;
    let close = open;
    while (close < top.length && depth > 0) {
      if (top[close] === '(') depth += 1;
      if (top[close] === ')') depth -= 1;
      close += 1;
    }
    if (match.index < index) continue;
    rest += top.slice(index, match.index);
    const args = top.slice(open, close - 1);
    if (/^:(is|where|matches)\($/.test(match[0]) && splitTopLevel(args, (c) => c === ',').every((s) => namesSomethingLast(s))) rest += '.named';
    index = close;
  }
  rest += top.slice(index);
  const withoutPseudo = rest.replace(/::?[\w-]+/g, '');
  return /^[a-zA-Z]|[.#[]/.test(withoutPseudo);
}

function namesSomethingLast(selector: string): boolean {
  const parts = compounds(selector);
  return parts.length > 0 && namesSomething(parts[parts.length - 1]!);
}

/**
 * Whether a selector has a `:has()` in a compound before a combinator and a universal last part:
 * the shape that makes every style recalculation in the page expensive.
 */
export function hasUniversalSubjectAfterHas(selector: string): boolean {
  const parts = compounds(selector);
  if (parts.length < 2) return false;
  const last = parts[parts.length - 1]!;
  // A `:has()` anywhere in an earlier part counts, also inside an :is() (the toggle group's rule is
  // `:is(:is(…) :is(…, label:has(…))) *`).
  return parts.slice(0, -1).some((part) => part.includes(':has(')) && !namesSomething(last);
}

/**
 * Whether a selector's `:has()` is anchored at the document root (`html:has(…)`, `:root:has(…)`):
 * Chromium then rechecks it on every element inserted anywhere in the page. Planrom's workspace
 * rules were written so (`html:has(.site-main--workspace) body`) and made each of tldraw's text
 * measurements about ten times as costly (bench/open-traces.md); a class on `<html>` does the same.
 */
export function hasAtRoot(selector: string): boolean {
  const first = compounds(selector)[0] ?? '';
  return /^(html|:root)(?![\w-])/i.test(first) && first.includes(':has(');
}

export interface HasSubjectRewriteOptions {
  /** Which stylesheet must contain every listed selector (default: Designsystemet's). */
  requireAllIn?: (file: string) => boolean;
}

export const hasSubjectRewrite: PluginCreator<HasSubjectRewriteOptions> = (options = {}) => {
  const requireAllIn = options.requireAllIn ?? isDesignsystemetCss;
  return {
    postcssPlugin: 'planrom-has-subject-rewrite',
    Once(root) {
      const file = root.source?.input.file ?? '';
      const found = new Set<string>();
      root.walkRules((rule: Rule) => {
        if (!rule.selector.includes(':has(')) return;
        const selectors = splitTopLevel(rule.selector, (char) => char === ',');
        const rewritten = selectors.map((selector) => {
          const trimmed = selector.trim();
          const replacement = hasSubjectRewrites.get(trimmed);
          if (replacement === undefined) return selector;
          found.add(trimmed);
          return replacement;
        });
        for (const selector of rewritten) {
          if (hasAtRoot(selector))
            throw rule.error(
              `A :has() at the document root (${selector.trim()}) makes every text measurement on a canvas board slow; ` +
                `set a class on <html> instead (see bench/open-traces.md).`,
            );
          if (hasUniversalSubjectAfterHas(selector))
            throw rule.error(
              `A :has() rule with a universal subject (${selector.trim()}) makes every text measurement on a canvas board slow; ` +
                `give it a subject naming the component's parts in web/build/has-subject-rewrite.ts (see bench/open-traces.md).`,
            );
        }
        rule.selector = rewritten.join(',');
      });
      if (requireAllIn(file)) {
        const missing = [...hasSubjectRewrites.keys()].filter((selector) => !found.has(selector));
        if (missing.length)
          throw root.error(
            `Designsystemet's stylesheet no longer has these selectors that web/build/has-subject-rewrite.ts rewrites: ${missing.join(' | ')}. ` +
              `Read the new rules and update the list (bench/open-traces.md says why).`,
          );
      }
    },
  };
};
hasSubjectRewrite.postcss = true;
