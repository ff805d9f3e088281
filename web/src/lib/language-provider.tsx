import { createContext, useCallback, useContext, useEffect, useLayoutEffect, useMemo, useState, type ReactNode } from 'react';
import { languageSchema, type Language } from '../../../shared/schemas/language';
import { setZodLanguage } from '../../../shared/schemas/zod-locale';
import { i18n } from './i18n';

const storageKey = 'planrom.language';

interface LanguageContextValue {
  /** The language the interface is shown in right now. */
  language: Language;
  /** What the person chose in the switcher, or null when they have not chosen. */
  chosen: Language | null;
  choose(language: Language): void;
  setRegionLanguage(language: Language | null): void;
}

const LanguageContext = createContext<LanguageContextValue | null>(null);

/** The person's own choice, remembered in this browser. */
export function readChosenLanguage(): Language | null {
  try {
    const parsed = languageSchema.safeParse(window.localStorage.getItem(storageKey));
    return parsed.success ? parsed.data : null;
  } catch {
    return null; // Storage can be blocked; the app still works in the default language.
  }
}

/**
 * Decides the interface language: the person's own choice, else the language of the region being
 * viewed, else bokmål. Keeps i18next, zod's messages and `<html lang>` in step with it.
 */
export function LanguageProvider({ children }: { children: ReactNode }) {
  const [chosen, setChosen] = useState<Language | null>(readChosenLanguage);
  const [regionLanguage, setRegionLanguage] = useState<Language | null>(null);
  const language = chosen ?? regionLanguage ?? 'nb';

  useLayoutEffect(() => {
    if (i18n.language !== language) void i18n.changeLanguage(language);
    document.documentElement.lang = language;
    setZodLanguage(language);
  }, [language]);

  const choose = useCallback((next: Language) => {
    setChosen(next);
    try {
      window.localStorage.setItem(storageKey, next);
    } catch {
      // Not remembered across visits, but still used for this one.
    }
  }, []);

  const value = useMemo(() => ({ language, chosen, choose, setRegionLanguage }), [language, chosen, choose]);
  return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>;
}

export function useLanguage(): LanguageContextValue {
  const value = useContext(LanguageContext);
  if (!value) throw new Error('useLanguage must be used inside LanguageProvider');
  return value;
}

/** Lets a region's own language apply while one of its pages is shown (unless the person chose). */
export function useRegionLanguage(language: Language | undefined): void {
  const { setRegionLanguage } = useLanguage();
  useEffect(() => {
    setRegionLanguage(language ?? null);
    return () => setRegionLanguage(null);
  }, [language, setRegionLanguage]);
}
