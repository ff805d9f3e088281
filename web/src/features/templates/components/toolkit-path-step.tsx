import { Checkbox, Tag } from '@digdir/designsystemet-react';
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

const statusColour = { agreed: 'success', started: 'info', 'example-only': 'neutral', 'not-started': 'neutral' } as const;

/** One worksheet on the path: its status in words, its boards, a link to it and the agreed mark. */
export function ToolkitPathStep({ regionId, number, step, template, language, isNext, canMark, onMark, agreedExtra }: ToolkitPathStepProps) {
  const { t } = useTranslation();
  const id = useId();
  const title = template.texts[language].title;
  // A worksheet with only the demo's example board is not started: the region has made nothing of it yet.
  const status = step.agreed ? 'agreed' : step.boards.some((board) => !board.example) ? 'started' : step.boards.length > 0 ? 'example-only' : 'not-started';
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
          <Tag data-size="sm" data-color={statusColour[status]}>
            {t(`templates.path.status.${status}`)}
          </Tag>
          {isNext ? (
            <Tag data-size="sm" data-color="warning">
              {t('templates.path.next')}
            </Tag>
          ) : null}
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
            <Checkbox
              data-size="sm"
              className="path-step__mark"
              checked={!!step.agreed}
              onChange={(event) => onMark(event.target.checked)}
              label={
                <>
                  {t('templates.path.mark')}
                  <span className="visually-hidden"> {t('templates.path.mark-hidden', { title })}</span>
                </>
              }
            />
          ) : null}
          {agreedExtra}
        </div>
      </div>
    </li>
  );
}
