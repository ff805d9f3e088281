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

/**
 * Names tldraw leaves in English, given by Planrom's patch of tldraw (patches/tldraw+*.patch) under
 * keys of its own: the toasts' region, which Radix would call "Notifications (F8)" ("{hotkey}" is
 * where Radix puts the key that moves focus there).
 */
export const patchedTldrawTexts = {
  nb: { 'planrom.toast.viewport': 'Varsler ({hotkey})' },
  nn: { 'planrom.toast.viewport': 'Varsel ({hotkey})' },
} satisfies Record<'nb' | 'nn', Record<string, string>>;

const bokmal: TLUiOverrides = { translations: { no: { ...tldrawBokmalFixes, ...patchedTldrawTexts.nb } } };
const nynorsk: TLUiOverrides = { translations: { no: { ...tldrawNynorsk, ...patchedTldrawTexts.nn } } };

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
