import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../../shared/schemas/language';
import { Button } from '../../../components/ui/button';
import { useLanguage } from '../../../lib/language-provider';
import { useTemplate } from '../api/use-templates';
import { guideBlocks } from '../lib/guide-blocks';
import '../templates.css';

interface FacilitatorGuideProps {
  /** The template the board was made from. */
  templateId: string;
  /** The region's language, which the guide is shown in (the board is written in it); else the interface's. */
  language: Language | null;
}

/**
 * "Veiledning for møteleder" on a board made from one of the guide's worksheets: the item in the
 * board's menu that opens or closes the guide. Nothing shows for a board whose template is not (or
 * no longer) known.
 */
export function FacilitatorGuideButton({ templateId, open, onToggle }: { templateId: string; open: boolean; onToggle: () => void }) {
  const { t } = useTranslation();
  const template = useTemplate(templateId);
  if (!template.data) return null;
  return (
    <Button aria-expanded={open} onClick={onToggle}>
      {t('templates.guide.open')}
    </Button>
  );
}

/**
 * How to run the session, in a sheet docked over the board's left edge, so the facilitator reads it
 * next to the board rather than instead of it. It takes focus when it opens; Esc or "Lukk" closes it.
 */
export function FacilitatorGuideSheet({ templateId, language, onClose }: FacilitatorGuideProps & { onClose: () => void }) {
  const { t } = useTranslation();
  const ui = useLanguage().language;
  const template = useTemplate(templateId);
  const id = useId();
  const body = useRef<HTMLDivElement>(null);
  const sheet = useRef<HTMLElement>(null);
  const ready = !!template.data;
  useEffect(() => {
    if (ready) body.current?.focus();
  }, [ready]);
  // Esc in the guide closes it. Listened for first of all (the board's editor has its own uses for
  // Esc, such as hiding its tooltips, and would otherwise take it).
  const close = useRef(onClose);
  close.current = onClose;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || !sheet.current?.contains(document.activeElement)) return;
      event.stopPropagation();
      close.current();
    };
    window.addEventListener('keydown', onKeyDown, { capture: true });
    return () => window.removeEventListener('keydown', onKeyDown, { capture: true });
  }, []);
  if (!template.data) return null;
  const shown = language ?? ui;
  const texts = template.data.texts[shown];
  // Written in the region's language: marked when it differs from the interface's.
  const lang = shown === ui ? undefined : shown;
  return (
    <section ref={sheet} className="facilitator-guide-sheet" aria-labelledby={`${id}-title`} data-workspace-overlay="">
      <header className="facilitator-guide-sheet__header">
        <h2 id={`${id}-title`}>{t('templates.guide.heading', { title: texts.title })}</h2>
        <Button variant="quiet" onClick={onClose}>
          {t('common.close')}
        </Button>
      </header>
      {/* Focusable so the long text can be scrolled with the keyboard; it takes focus first, at the top. */}
      <div ref={body} className="facilitator-guide" tabIndex={0} role="region" aria-label={t('templates.guide.region', { title: texts.title })}>
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
    </section>
  );
}
