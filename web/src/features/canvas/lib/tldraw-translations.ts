import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TLUiOverrides } from 'tldraw';
import { tldrawNynorsk } from './tldraw-nn';

/**
 * Where tldraw's bokmål gives two choices of one menu the same name: its style panel read
 * "Linje — Stiplet" for both dashed and dotted lines, and "Linje" for both the line's dash and the arrow's kind.
 */
export const tldrawBokmalFixes: Record<string, string> = {
  'style-panel.dash': 'Strek',
  'dash-style.dotted': 'Prikket',
};

const bokmal: TLUiOverrides = { translations: { no: tldrawBokmalFixes } };
const nynorsk: TLUiOverrides = { translations: { no: tldrawNynorsk } };

/**
 * tldraw's own labels in the interface language. tldraw ships Norwegian as bokmål only (locale
 * "no"), with a few names twice (fixed here); in nynorsk Planrom overrides those strings with its own
 * nynorsk ones. The overrides object is the same between renders, so tldraw does not rebuild its
 * interface for nothing.
 */
export function useTldrawTranslations(): TLUiOverrides {
  const { i18n } = useTranslation();
  const nn = i18n.language === 'nn';
  return useMemo(() => (nn ? nynorsk : bokmal), [nn]);
}
