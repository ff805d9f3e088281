import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatClockTime, formatDate } from '../../../../../shared/i18n/format-time';
import { Button } from '../../../components/ui/button';
import { Dialog } from '../../../components/ui/dialog';
import { FormError } from '../../../components/ui/form-error';
import { useToast } from '../../../components/ui/toast-provider';
import { useLanguage } from '../../../lib/language-provider';
import { useErrorText } from '../../../lib/use-error-text';
import { fetchMeetingRecord, useMeetingRecord, useStoreMinutes, useStoredMinutes } from '../api/use-minutes';
import { minutesDocument, type BoardImage } from '../export/minutes-document';
import { minutesDocx } from '../export/minutes-docx';
import { minutesPdf } from '../export/minutes-pdf';

interface MinutesButtonProps {
  boardId: string;
  /** Editors make minutes; everyone who sees the board can read the stored ones. */
  canMake: boolean;
  /** The text of every note or node on the board now (rounds store only which items they had). */
  listItems: () => Array<{ id: string; label: string }>;
  /** A picture of the whole board, or null when none can be made. */
  captureImage: () => Promise<BoardImage | null>;
}

/**
 * "Referat": the minutes stored with the board, and for editors "Lag referat", which makes minutes
 * of the meeting just held as Word and PDF, in the region's language, and stores them with the board.
 */
export function MinutesButton({ boardId, canMake, listItems, captureImage }: MinutesButtonProps) {
  const { t, i18n } = useTranslation();
  const { language } = useLanguage();
  const toast = useToast();
  const errorText = useErrorText();
  const stored = useStoredMinutes(boardId);
  const store = useStoreMinutes(boardId);
  const [open, setOpen] = useState(false);
  const draft = useMeetingRecord(boardId, open && canMake);
  const slides = draft.data?.slides ?? [];
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const make = async () => {
    if (busy) return;
    setBusy(true);
    setProblem(null);
    try {
      const record = await fetchMeetingRecord(boardId);
      const labels = new Map(listItems().map((item) => [item.id, item.label]));
      const image = await captureImage().catch(() => null);
      // The region's language, whatever the person has chosen for the screen.
      const fixed = i18n.getFixedT(record.region.language);
      const blocks = minutesDocument(record, labels, image, fixed);
      const title = fixed('minutes.document.title', { board: record.board.title });
      const [docx, pdf] = await Promise.all([minutesDocx(blocks, title), minutesPdf(blocks, title, fixed('minutes.document.footer'))]);
      await store.mutateAsync({ record, docx, pdf });
      toast.show({ message: t('minutes.made') });
    } catch (error) {
      setProblem(errorText(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="board-minutes">
      <Button variant="quiet" onClick={() => setOpen(true)}>
        {t('minutes.button')}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} title={t('minutes.dialog-title')} description={canMake ? t('minutes.intro') : t('minutes.intro-read')}>
        {canMake ? (
          <div className="form-actions">
            <Button variant="primary" onClick={() => void make()} aria-disabled={busy || undefined}>
              {busy ? t('minutes.making') : t('minutes.make')}
            </Button>
          </div>
        ) : null}
        <FormError message={problem} />
        {canMake && draft.data ? (
          <>
            <h3>{t('minutes.document.slides')}</h3>
            {slides.length === 0 ? (
              <p className="empty-note">{t('minutes.document.no-slides')}</p>
            ) : (
              <ol className="minutes-slides">
                {slides.map((slide, index) => (
                  <li key={`${index}-${slide.shownAt}`}>
                    {t('minutes.document.slide', {
                      time: formatClockTime(new Date(slide.shownAt), language),
                      title: slide.title.trim() || t('minutes.document.slide-untitled'),
                      name: slide.shownBy,
                    })}
                  </li>
                ))}
              </ol>
            )}
          </>
        ) : null}
        <h3>{t('minutes.stored')}</h3>
        {(stored.data?.length ?? 0) === 0 ? (
          <p className="empty-note">{t('minutes.none')}</p>
        ) : (
          <ul className="row-list">
            {stored.data!.map((minutes) => {
              const date = formatDate(new Date(minutes.startedAt), language);
              return (
                <li className="row" key={minutes.id}>
                  <span className="row__title">
                    {t('minutes.entry', {
                      date,
                      from: formatClockTime(new Date(minutes.startedAt), language),
                      to: formatClockTime(new Date(minutes.endedAt), language),
                    })}
                  </span>
                  <span className="row__actions">
                    <a href={minutes.docxPath} download aria-label={t('minutes.download-named', { date, format: 'Word' })}>
                      {t('minutes.word')}
                    </a>
                    <a href={minutes.pdfPath} download aria-label={t('minutes.download-named', { date, format: 'PDF' })}>
                      {t('minutes.pdf')}
                    </a>
                  </span>
                </li>
              );
            })}
          </ul>
        )}
        <div className="form-actions">
          <Button onClick={() => setOpen(false)}>{t('common.close')}</Button>
        </div>
      </Dialog>
    </div>
  );
}
