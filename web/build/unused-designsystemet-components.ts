import type { PluginCreator } from 'postcss';
import { splitTopLevel } from './selector-text';

/** Designsystemet's whole stylesheet, as the app imports it (web/src/main.tsx). */
export const isDesignsystemetCss = (file: string) => /designsystemet-css[\\/]dist[\\/]src[\\/]index\.css$/.test(file);

/**
 * Designsystemet components Planrom does not use, by their class (`.ds-chip`, with its modifiers
 * `.ds-chip--x` and parts `.ds-chip__x`). Their rules are more than half of Designsystemet's
 * stylesheet (147 KB): every page parsed them, and Chromium tried them in every style
 * recalculation. `e2e/designsystemet.test.ts` fails if a built script names one of them, so using
 * one means taking it off this list.
 */
export const unusedDesignsystemetComponents = [
  'avatar',
  'avatar-stack',
  'badge',
  'breadcrumbs',
  'chip',
  'combobox',
  'details',
  'divider',
  'dropdown',
  'error-summary',
  'file-upload',
  'link',
  'list',
  'pagination',
  'popover',
  'search',
  'skeleton',
  'suggestion',
  'table',
  'tabs',
  'toggle-group',
  'togglegroup',
  'tooltip',
] as const;

/** The selector without its `:not(…)` parts: what it needs an element (or its relatives) to be. */
function withoutNegations(selector: string): string {
  let rest = selector;
  for (let start = rest.indexOf(':not('); start >= 0; start = rest.indexOf(':not(')) {
    let depth = 0;
    let end = start + ':not'.length;
    for (; end < rest.length; end += 1) {
      if (rest[end] === '(') depth += 1;
      if (rest[end] === ')' && --depth === 0) break;
    }
    rest = rest.slice(0, start) + rest.slice(end + 1);
  }
  return rest;
}

/**
 * Whether a selector can only match where one of `components` is in the page: it names the
 * component (`.ds-name`, `.ds-name--modifier`, `.ds-name__part`) outside any `:not()`.
 */
export function namesComponent(selector: string, components: readonly string[]): boolean {
  return new RegExp(`\\.ds-(?:${components.join('|')})(?:(?:--|__)[\\w-]*)?(?![\\w-])`).test(withoutNegations(selector));
}

export interface UnusedDesignsystemetOptions {
  components?: readonly string[];
  /** Which stylesheet to trim (default: Designsystemet's). */
  appliesTo?: (file: string) => boolean;
}

/**
 * A PostCSS plugin that leaves out of Designsystemet's stylesheet the selectors naming a component
 * Planrom does not use, and the rules left with none. Selectors naming only used components are
 * kept as written, in the same order, so the cascade among what is left does not change. Runs after
 * `has-subject-rewrite`, which checks the whole stylesheet as published.
 */
export const unusedDesignsystemet: PluginCreator<UnusedDesignsystemetOptions> = (options = {}) => {
  const components = options.components ?? unusedDesignsystemetComponents;
  const appliesTo = options.appliesTo ?? isDesignsystemetCss;
  return {
    postcssPlugin: 'planrom-unused-designsystemet',
    Once(root) {
      if (!appliesTo(root.source?.input.file ?? '')) return;
      root.walkRules((rule) => {
        if (rule.parent?.type === 'atrule' && /keyframes$/i.test((rule.parent as { name: string }).name)) return;
        const selectors = splitTopLevel(rule.selector, (char) => char === ',');
        const kept = selectors.filter((selector) => !namesComponent(selector, components));
        if (kept.length === 0) rule.remove();
        else if (kept.length < selectors.length) rule.selector = kept.map((selector) => selector.trim()).join(',');
      });
      // At-rules (media, supports, layers) that held only such rules, nested ones first.
      let emptied = true;
      while (emptied) {
        emptied = false;
        root.walkAtRules((atRule) => {
          if (atRule.nodes?.length !== 0) return;
          atRule.remove();
          emptied = true;
        });
      }
    },
  };
};
unusedDesignsystemet.postcss = true;
