import { Card, Fieldset, Radio, Tag } from '@digdir/designsystemet-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../../shared/schemas/language';
import type { TemplateSummary } from '../../../../../shared/schemas/template';
import { Button } from '../../../components/ui/button';
import type { TemplateChoice } from '../api/use-create-from-template';
import { TemplatePreview } from './template-preview';

interface TemplateCardProps {
  template: TemplateSummary;
  /** The language the texts are shown in (the interface's). */
  language: Language;
  /** Coordinators and members may make boards; observers only read. */
  canCreate: boolean;
  /** A board is being made from this card now. */
  creating: boolean;
  /** Another card's board is being made: this one waits. */
  busy: boolean;
  onCreate: (choice: TemplateChoice) => void;
}

/**
 * One worksheet in the gallery: its preview, what it is for, when to use it, how long it takes and
 * who should take part; a choice of variant where it has several; and the button that makes it.
 */
export function TemplateCard({ template, language, canCreate, creating, busy, onCreate }: TemplateCardProps) {
  const { t } = useTranslation();
  const id = useId();
  const [variantId, setVariantId] = useState(template.variants[0]?.id ?? '');
  const variant = template.variants.find((candidate) => candidate.id === variantId) ?? template.variants[0];
  const texts = template.texts[language];
  if (!variant) return null;
  return (
    <Card asChild>
      <li className="template-card" id={`mal-${template.id}`}>
        <h3 className="template-card__title" id={`${id}-title`} tabIndex={-1}>
          {texts.title}
        </h3>
        <p className="template-card__meta">
          <Tag data-color="neutral" className="kind-label">
            {t(`board.kind.${template.kind}`)}
          </Tag>
        </p>
        <TemplatePreview src={variant.previewPath[language]} title={texts.title} summary={variant.preview[language]} language={language} />
        <dl className="template-card__facts">
          <dt>{t('templates.card.purpose')}</dt>
          <dd>{texts.purpose}</dd>
          <dt>{t('templates.card.when')}</dt>
          <dd>{texts.when}</dd>
          <dt>{t('templates.card.duration')}</dt>
          <dd>{texts.duration}</dd>
          <dt>{t('templates.card.participants')}</dt>
          <dd>{texts.participants}</dd>
        </dl>
        {canCreate && template.variants.length > 1 ? (
          <Fieldset className="template-card__variants" data-size="sm">
            <Fieldset.Legend>{t('templates.card.variant-legend')}</Fieldset.Legend>
            {template.variants.map((option) => (
              <Radio
                key={option.id}
                name={`${id}-variant`}
                value={option.id}
                checked={option.id === variant.id}
                onChange={() => setVariantId(option.id)}
                label={option.name[language]}
              />
            ))}
          </Fieldset>
        ) : null}
        {canCreate ? (
          <div className="template-card__actions">
            <Button
              variant="primary"
              aria-disabled={busy || creating}
              aria-label={t('templates.card.use-named', { title: texts.title })}
              onClick={() => {
                if (busy || creating) return;
                onCreate({ templateId: template.id, ...(template.variants.length > 1 ? { variant: variant.id } : {}) });
              }}
            >
              {creating ? t('templates.card.creating') : t('templates.card.use')}
            </Button>
          </div>
        ) : null}
      </li>
    </Card>
  );
}
