import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../../shared/schemas/language';
import { Button } from '../../../components/ui/button';
import { Dialog } from '../../../components/ui/dialog';
import { useLanguage } from '../../../lib/language-provider';
import { useTemplate } from '../api/use-templates';
import { guideBlocks } from '../lib/guide-blocks';
import '../templates.css';

interface FacilitatorGuideButtonProps {
  /** The template the board was made from. */
  templateId: string;
  /** The region's language, which the guide is shown in (the board is written in it); else the interface's. */
  language: Language | null;
}

/**
 * "Veiledning for møteleder" on a board made from one of the guide's worksheets: how to run the
 * session, in a dialog. Nothing shows for a board whose template is not (or no longer) known.
 */
export function FacilitatorGuideButton({ templateId, language }: FacilitatorGuideButtonProps) {
  const { t } = useTranslation();
  const ui = useLanguage().language;
  const template = useTemplate(templateId);
  const [open, setOpen] = useState(false);
  if (!template.data) return null;
  const shown = language ?? ui;
  const texts = template.data.texts[shown];
  // Written in the region's language: marked when it differs from the interface's.
  const lang = shown === ui ? undefined : shown;
  return (
    <>
      <Button onClick={() => setOpen(true)}>{t('templates.guide.open')}</Button>
      <Dialog open={open} onClose={() => setOpen(false)} title={t('templates.guide.heading', { title: texts.title })}>
        {/* Focusable so the long text can be scrolled with the keyboard; it takes focus first, at the top. */}
        <div className="facilitator-guide" tabIndex={0} role="region" aria-label={t('templates.guide.region', { title: texts.title })}>
          <dl className="template-card__facts">
            <dt>{t('templates.guide.purpose')}</dt>
            <dd lang={lang}>{texts.purpose}</dd>
            <dt>{t('templates.guide.duration')}</dt>
            <dd lang={lang}>{texts.duration}</dd>
            <dt>{t('templates.guide.participants')}</dt>
            <dd lang={lang}>{texts.participants}</dd>
          </dl>
          <h3>{t('templates.guide.steps')}</h3>
          {guideBlocks(template.data.facilitatorGuide[shown]).map((block, index) =>
            block.kind === 'paragraph' ? (
              <p key={index} lang={lang}>
                {block.text}
              </p>
            ) : (
              <ol key={index} start={block.start} lang={lang}>
                {block.items.map((item) => (
                  <li key={item}>{item}</li>
                ))}
              </ol>
            ),
          )}
        </div>
        <div className="form-actions">
          <Button variant="primary" onClick={() => setOpen(false)}>
            {t('common.close')}
          </Button>
        </div>
      </Dialog>
    </>
  );
}
