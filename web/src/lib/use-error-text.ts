import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiRequestError, isMissingReleaseFile } from './api-error';

export type ErrorCodeKey = ApiRequestError['code'];

/** Texts that say more than the general one for a code, in the place where the error happens. */
export type ErrorTextOverrides = Partial<Record<ErrorCodeKey, string>>;

/**
 * Turns any failure into a sentence from the catalogue (`errors.<code>`), never the raw server text.
 * @example const errorText = useErrorText(); errorText(error, { conflict: t('…') })
 */
export function useErrorText(): (error: unknown, overrides?: ErrorTextOverrides) => string {
  const { t } = useTranslation();
  return useCallback(
    (error, overrides) => {
      const code: ErrorCodeKey = error instanceof ApiRequestError ? error.code : isMissingReleaseFile(error) ? 'new_release' : 'unknown';
      return overrides?.[code] ?? t(`errors.${code}`);
    },
    [t],
  );
}
