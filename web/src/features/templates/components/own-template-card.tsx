import { Card, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../../../shared/i18n/format-time';
import type { Language } from '../../../../../shared/schemas/language';
import type { RegionTemplate } from '../../../../../shared/schemas/template';
import { Button } from '../../../components/ui/button';
import { TemplatePreview } from './template-preview';

interface OwnTemplateCardProps {
  template: RegionTemplate;
  language: Language;
  canCreate: boolean;
  /** Coordinators remove the region's templates. */
  canRemove: boolean;
  creating: boolean;
  busy: boolean;
  onCreate: () => void;
  onRemove: () => void;
}

/** One of the region's own templates: preview, description, who saved it, and what can be done with it. */
export function OwnTemplateCard({ template, language, canCreate, canRemove, creating, busy, onCreate, onRemove }: OwnTemplateCardProps) {
  const { t } = useTranslation();
  const date = formatDate(new Date(template.createdAt), language);
  return (
    <Card asChild>
      <li className="template-card" id={`egen-${template.id}`}>
        <h3 className="template-card__title" tabIndex={-1}>
          {template.title}
        </h3>
        <p className="template-card__meta">
          <Tag data-color="neutral" className="kind-label">
            {t(`board.kind.${template.kind}`)}
          </Tag>
        </p>
        <TemplatePreview src={template.previewPath} title={template.title} summary={template.preview} language={language} />
        {template.description ? <p className="template-card__description">{template.description}</p> : null}
        <p className="muted">
          {template.createdBy ? t('templates.own.created-by', { date, name: template.createdBy.name }) : t('templates.own.created-at', { date })}
        </p>
        {canCreate || canRemove ? (
          <div className="template-card__actions">
            {canCreate ? (
              <Button
                variant="primary"
                aria-disabled={busy || creating}
                aria-label={t('templates.card.use-named', { title: template.title })}
                onClick={() => {
                  if (!busy && !creating) onCreate();
                }}
              >
                {creating ? t('templates.card.creating') : t('templates.card.use')}
              </Button>
            ) : null}
            {canRemove ? (
              <Button variant="danger" onClick={onRemove}>
                {t('templates.own.remove')}
                <span className="visually-hidden"> {t('templates.own.remove-hidden', { title: template.title })}</span>
              </Button>
            ) : null}
          </div>
        ) : null}
      </li>
    </Card>
  );
}
