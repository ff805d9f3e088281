import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../../shared/schemas/language';
import type { RegionTemplate } from '../../../../../shared/schemas/template';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { ErrorState } from '../../../components/ui/error-state';
import { LoadingState } from '../../../components/ui/loading-state';
import { useToast } from '../../../components/ui/toast-provider';
import { useErrorText } from '../../../lib/use-error-text';
import { useRegionTemplates, useRemoveRegionTemplate } from '../api/use-region-templates';
import { OwnTemplateCard } from './own-template-card';

interface OwnTemplatesProps {
  regionId: string;
  language: Language;
  canCreate: boolean;
  canRemove: boolean;
  cardState: (cardId: string) => { creating: boolean; busy: boolean };
  onCreate: (template: RegionTemplate) => void;
}

/** The gallery's section of the region's own templates, saved from its boards. */
export function OwnTemplates({ regionId, language, canCreate, canRemove, cardState, onCreate }: OwnTemplatesProps) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const toast = useToast();
  const templates = useRegionTemplates(regionId);
  const remove = useRemoveRegionTemplate(regionId);
  const [removing, setRemoving] = useState<RegionTemplate | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  return (
    <section className="section template-group" aria-labelledby="own-templates-heading">
      <h2 id="own-templates-heading" ref={headingRef} tabIndex={-1}>
        {t('templates.own.heading')}
      </h2>
      <p className="template-group__intro">{t('templates.own.intro')}</p>
      {templates.isPending ? (
        <LoadingState text={t('templates.own.loading')} />
      ) : templates.isError ? (
        <ErrorState headingLevel={3} message={errorText(templates.error)} onRetry={() => void templates.refetch()} />
      ) : templates.data.length === 0 ? (
        <p>{t('templates.own.empty')}</p>
      ) : (
        <ul className="card-grid template-grid" aria-labelledby="own-templates-heading">
          {templates.data.map((template) => (
            <OwnTemplateCard
              key={template.id}
              template={template}
              language={language}
              canCreate={canCreate}
              canRemove={canRemove}
              {...cardState(`egen-${template.id}`)}
              onCreate={() => onCreate(template)}
              onRemove={() => {
                remove.reset();
                setRemoving(template);
              }}
            />
          ))}
        </ul>
      )}
      <ConfirmDialog
        open={removing !== null}
        title={t('templates.own.remove-heading', { title: removing?.title ?? '' })}
        text={t('templates.own.remove-text')}
        confirmLabel={t('templates.own.remove-confirm')}
        cancelLabel={t('common.cancel')}
        pending={remove.isPending}
        error={remove.isError ? errorText(remove.error) : null}
        onClose={() => setRemoving(null)}
        onConfirm={() => {
          if (!removing) return;
          remove.mutate(removing, {
            onSuccess: (removed) => {
              setRemoving(null);
              toast.show({ message: t('templates.own.removed', { title: removed.title }) });
              // The removed card took the focus with it; the section's heading takes it.
              window.setTimeout(() => headingRef.current?.focus(), 0);
            },
          });
        }}
      />
    </section>
  );
}
