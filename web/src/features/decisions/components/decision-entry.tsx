import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../../../shared/i18n/format-time';
import type { Decision } from '../../../../../shared/schemas/decision';
import { useLanguage } from '../../../lib/language-provider';

/** One decision: what was decided, the day and who agreed, and what on the board it is about. */
export function DecisionEntry({ decision, children }: { decision: Decision; children?: ReactNode }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return (
    <li className="decision-entry">
      <p className="decision-entry__text">{decision.text}</p>
      <p className="decision-entry__meta">
        {t('decisions.entry', { date: formatDate(new Date(`${decision.decidedOn}T12:00:00Z`), language), agreedBy: decision.agreedBy })}
      </p>
      {decision.itemLabel ? <p className="decision-entry__meta">{t('decisions.on-item', { item: decision.itemLabel })}</p> : null}
      {children}
    </li>
  );
}
