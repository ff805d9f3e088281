import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { languages } from '../../../../shared/schemas/language';
import { useLanguage } from '../../lib/language-provider';
import { Button } from '../../components/ui/button';

/**
 * Bokmål or nynorsk for this person, remembered in the browser. Two toggle buttons rather than a
 * select, so the change happens on a deliberate press, never while arrowing through options.
 */
export function LanguageSwitcher() {
  const { t } = useTranslation();
  const { language, choose } = useLanguage();
  const labelId = useId();
  return (
    <div className="language-switcher" role="group" aria-labelledby={labelId}>
      <span id={labelId} className="language-switcher__label">
        {t('language.label')}
      </span>
      {languages.map((option) => (
        <Button
          key={option}
          lang={option}
          data-size="sm"
          variant={language === option ? 'primary' : 'secondary'}
          aria-pressed={language === option}
          onClick={() => choose(option)}
        >
          {t(`language.${option}`)}
        </Button>
      ))}
    </div>
  );
}
