import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TLUiOverrides } from 'tldraw';
import { tldrawNynorsk } from './tldraw-nn';

const none: TLUiOverrides = {};
const nynorsk: TLUiOverrides = { translations: { no: tldrawNynorsk } };

/**
 * tldraw's own labels in the interface language. tldraw ships Norwegian as bokmål only (locale
 * "no"); in nynorsk Planrom overrides those strings with its own nynorsk ones. The overrides object
 * is the same between renders, so tldraw does not rebuild its interface for nothing.
 */
export function useTldrawTranslations(): TLUiOverrides {
  const { i18n } = useTranslation();
  const nn = i18n.language === 'nn';
  return useMemo(() => (nn ? nynorsk : none), [nn]);
}
