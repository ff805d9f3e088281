import postcss from 'postcss';
import { describe, expect, it } from 'vitest';
import { namesComponent, unusedDesignsystemet } from './unused-designsystemet-components';

const trim = (css: string) => postcss([unusedDesignsystemet({ components: ['chip', 'avatar'], appliesTo: () => true })]).process(css, { from: 'ds.css' }).css;

describe('unusedDesignsystemet', () => {
  it('knows a component by its class, its modifiers and its parts, and nothing else', () => {
    for (const selector of ['.ds-chip', '.ds-chip--removable', '.ds-chip__label', 'label.ds-chip:has(input)', ':is(.ds-chip) *', '.ds-avatar>img'])
      expect(namesComponent(selector, ['chip', 'avatar']), selector).toBe(true);
    for (const selector of [
      '.ds-chips',
      '.ds-chipset',
      '.ds-avatar-stack',
      '.ds-button',
      '[data-chip]',
      'ds-chip',
      '.x-ds-chip',
      '.ds-tag:not(.ds-chip)',
      'li:not(:has(>.ds-avatar))',
    ])
      expect(namesComponent(selector, ['chip', 'avatar']), selector).toBe(false);
  });

  it('leaves out the rules of unused components and keeps the others as written, in order', () => {
    const css = '@layer ds.components{.ds-button{color:red}.ds-chip{color:blue}.ds-chip--x,.ds-button:hover{color:green}.ds-avatar-stack{gap:0}}';
    expect(trim(css)).toBe('@layer ds.components{.ds-button{color:red}.ds-button:hover{color:green}.ds-avatar-stack{gap:0}}');
  });

  it('removes the at-rules it empties, nested ones too, and never touches keyframes', () => {
    const css =
      '@layer a{@media (min-width:1px){.ds-chip{color:red}}.ds-tag{color:blue}}@layer b{@supports (x:y){.ds-avatar{gap:0}}}@keyframes ds-chip{0%{opacity:0}}';
    expect(trim(css)).toBe('@layer a{.ds-tag{color:blue}}@keyframes ds-chip{0%{opacity:0}}');
  });

  it('only trims the stylesheet it is meant for', () => {
    const css = '.ds-chip{color:red}';
    expect(postcss([unusedDesignsystemet({ components: ['chip'], appliesTo: () => false })]).process(css, { from: 'app.css' }).css).toBe(css);
  });
});
