import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../../../../shared/i18n/format-time';
import type { Language } from '../../../../../shared/schemas/language';
import type { TemplateSummary, ToolkitStep } from '../../../../../shared/schemas/template';

interface ToolkitPathStepProps {
  regionId: string;
  number: number;
  step: ToolkitStep;
  template: TemplateSummary;
  language: Language;
  /** The first worksheet not agreed yet. */
  isNext: boolean;
  canMark: boolean;
  onMark: (agreed: boolean) => void;
  /** Beside the agreed mark (e.g. a link to the decisions made on the worksheet's boards). */
  agreedExtra?: ReactNode;
}

/** One worksheet on the path: its status in words, its boards, a link to it and the agreed mark. */
export function ToolkitPathStep({ regionId, number, step, template, language, isNext, canMark, onMark, agreedExtra }: ToolkitPathStepProps) {
  const { t } = useTranslation();
  const id = useId();
  const title = template.texts[language].title;
  const status = step.agreed ? 'agreed' : step.boards.some((board) => !board.example) ? 'started' : 'not-started';
  const agreedAt = step.agreed ? formatDate(new Date(step.agreed.at), language) : null;
  return (
    <li className={`path-step path-step--${status}`} aria-labelledby={`${id}-title`}>
      <span className="path-step__number" aria-hidden="true">
        {status === 'agreed' ? '✓' : number}
      </span>
      <div className="path-step__body">
        <p className="path-step__heading">
          {t('templates.path.step', { number: String(number) })} · {t(`templates.heading.${template.heading}`)}
        </p>
        <h3 className="path-step__title" id={`${id}-title`}>
          {title}
        </h3>
        <p className="path-step__status">
          <span className={`status-label status-label--${status}`}>{t(`templates.path.status.${status}`)}</span>
          {isNext ? <span className="status-label status-label--next">{t('templates.path.next')}</span> : null}
          {step.agreed && agreedAt ? (
            <span>
              {step.agreed.by
                ? t('templates.path.agreed-by', { date: agreedAt, name: step.agreed.by.name })
                : t('templates.path.agreed-at', { date: agreedAt })}
            </span>
          ) : null}
        </p>
        {step.boards.length > 0 ? (
          <div className="path-step__boards">
            <span id={`${id}-boards`}>{t('templates.path.boards-label')}</span>
            <ul aria-labelledby={`${id}-boards`}>
              {step.boards.map((board) => (
                <li key={board.id}>
                  <Link to={`/tavler/${board.id}`}>{board.example ? t('templates.path.example-board', { title: board.title }) : board.title}</Link>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        <div className="path-step__actions">
          <Link to={`/samarbeid/${regionId}/maler#mal-${template.id}`}>
            {t('templates.path.open')}
            <span className="visually-hidden"> {t('templates.path.open-hidden', { title })}</span>
          </Link>
          {canMark ? (
            <label className="path-step__mark">
              <input type="checkbox" checked={!!step.agreed} onChange={(event) => onMark(event.target.checked)} />
              {t('templates.path.mark')}
              <span className="visually-hidden"> {t('templates.path.mark-hidden', { title })}</span>
            </label>
          ) : null}
          {agreedExtra}
        </div>
      </div>
    </li>
  );
}
