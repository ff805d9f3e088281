import '../templates.css';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import type { Language } from '../../../../../shared/schemas/language';
import { templateHeadingSchema } from '../../../../../shared/schemas/template';
import { ErrorState } from '../../../components/ui/error-state';
import { FormError } from '../../../components/ui/form-error';
import { LoadingState } from '../../../components/ui/loading-state';
import { useLanguage } from '../../../lib/language-provider';
import { useOpenNewBoard } from '../../../lib/new-board-mark';
import { useErrorText } from '../../../lib/use-error-text';
import { useCreateFromTemplate, type TemplateChoice } from '../api/use-create-from-template';
import { useTemplates } from '../api/use-templates';
import { OwnTemplates } from './own-templates';
import { TemplateCard } from './template-card';

interface TemplateGalleryProps {
  regionId: string;
  /** The region's language: boards are made in it, whatever the interface shows. */
  regionLanguage: Language;
  canCreate: boolean;
  /** Coordinators remove the region's own templates. */
  canRemove: boolean;
}

/**
 * The guide's worksheets grouped under its four headings, then the region's own templates.
 * Choosing one makes the board (in the region's language, with its municipalities) and opens it.
 */
export function TemplateGallery({ regionId, regionLanguage, canCreate, canRemove }: TemplateGalleryProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const errorText = useErrorText();
  const openNewBoard = useOpenNewBoard();
  const templates = useTemplates();
  const create = useCreateFromTemplate(regionId);
  /** Which card's board is being made ("mal-<id>" or "egen-<id>", as the cards' element ids). */
  const [creating, setCreating] = useState<string | null>(null);
  const { hash } = useLocation();
  const loaded = templates.isSuccess;

  // Coming from the toolkit path or a saved template, the reader lands on that card, after the
  // page has moved focus to its h1 (which happens in the same commit).
  useEffect(() => {
    if (!loaded || !/^#(mal|egen)-/.test(hash)) return;
    const timer = window.setTimeout(() => {
      const card = document.getElementById(hash.slice(1));
      card?.scrollIntoView({ block: 'start' });
      card?.querySelector<HTMLElement>('h3')?.focus({ preventScroll: true });
    }, 0);
    return () => window.clearTimeout(timer);
  }, [loaded, hash]);

  const makeBoard = (cardId: string, choice: TemplateChoice) => {
    setCreating(cardId);
    create.mutate(choice, {
      onSuccess: (board) => {
        // The board page says it is made and what it is called, and offers to rename it at once
        // (its name may be numbered, "Vårt formål 2"); a toast would say it a second time.
        openNewBoard(board);
      },
      onSettled: () => setCreating(null),
    });
  };
  const cardState = (cardId: string) => ({ creating: creating === cardId, busy: creating !== null && creating !== cardId });

  if (templates.isPending) return <LoadingState text={t('templates.loading')} />;
  if (templates.isError) return <ErrorState message={errorText(templates.error)} onRetry={() => void templates.refetch()} />;

  return (
    <>
      <p>{canCreate ? t('templates.language-note', { language: t(`templates.language-name.${regionLanguage}`) }) : t('templates.read-only')}</p>
      <FormError message={create.isError ? errorText(create.error) : null} />
      {templateHeadingSchema.options.map((heading) => {
        const inHeading = templates.data.filter((template) => template.heading === heading).sort((a, b) => a.order - b.order);
        if (inHeading.length === 0) return null;
        return (
          <section key={heading} className="section template-group" aria-labelledby={`heading-${heading}`}>
            <h2 id={`heading-${heading}`}>{t(`templates.heading.${heading}`)}</h2>
            <p className="template-group__intro">{t(`templates.heading-intro.${heading}`)}</p>
            <ul className="card-grid template-grid" aria-labelledby={`heading-${heading}`}>
              {inHeading.map((template) => (
                <TemplateCard
                  key={template.id}
                  template={template}
                  language={language}
                  canCreate={canCreate}
                  {...cardState(`mal-${template.id}`)}
                  onCreate={(choice) => makeBoard(`mal-${template.id}`, choice)}
                />
              ))}
            </ul>
          </section>
        );
      })}
      <OwnTemplates
        regionId={regionId}
        language={language}
        canCreate={canCreate}
        canRemove={canRemove}
        cardState={cardState}
        onCreate={(template) => makeBoard(`egen-${template.id}`, { regionTemplateId: template.id })}
      />
    </>
  );
}
