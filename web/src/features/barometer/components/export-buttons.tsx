import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fileNameFor } from '../../../../../shared/files/file-name';
import { formatDate } from '../../../../../shared/i18n/format-time';
import { Button } from '../../../components/ui/button';
import { useToast } from '../../../components/ui/toast-provider';
import { downloadFile } from '../../../lib/download-file';
import { useLanguage } from '../../../lib/language-provider';
import { barometerCsv } from '../export/barometer-csv';
import { barometerPdf } from '../export/barometer-pdf';
import type { ClosedRound } from '../lib/barometer-trend';
import { principleKey, scaleKey } from '../lib/principle-keys';

interface ExportButtonsProps {
  regionName: string;
  round: ClosedRound;
  /** Every closed round, oldest first (the trend). */
  rounds: ClosedRound[];
}

/** Downloads a round's result as a PDF report (with charts) or the rounds' numbers as CSV. */
export function ExportButtons({ regionName, round, rounds }: ExportButtonsProps) {
  const { t, i18n } = useTranslation();
  const { language } = useLanguage();
  const toast = useToast();
  const [busy, setBusy] = useState(false);
  const number = new Intl.NumberFormat([i18n.language, 'nb'], { maximumFractionDigits: 1 });
  const principleTitle = (principle: number) => t(principleKey(principle, 'title'));
  // "Samarbeidsbarometer Lister – Haust 2026.pdf": which region and round, found again in a folder of downloads.
  const fileName = (extension: string) => fileNameFor(t('barometer.export.file-name', { region: regionName, round: round.title }), extension);
  const closed = round.closedAt ?? `${round.closesOn}T12:00:00Z`;

  const exportPdf = async () => {
    if (busy) return;
    setBusy(true);
    try {
      const blob = await barometerPdf(round, rounds, {
        title: t('barometer.export.pdf-title'),
        roundTitle: round.title,
        region: t('barometer.export.pdf-region', { name: regionName }),
        date: t('barometer.export.pdf-date', { date: formatDate(new Date(closed), language) }),
        respondents: t('barometer.rounds.respondents', { count: round.respondents }),
        chartHeading: t('barometer.export.pdf-chart'),
        trendHeading: t('barometer.export.pdf-trend'),
        median: t('barometer.result.median'),
        answers: t('barometer.result.answers'),
        comments: t('barometer.result.comments'),
        tooFew: t('barometer.result.too-few'),
        weak: t('barometer.result.weak'),
        distribution: t('barometer.result.distribution'),
        distributionText: ([one, two, three, four, five]) =>
          t('barometer.result.distribution-text', { one: String(one), two: String(two), three: String(three), four: String(four), five: String(five) }),
        scale: (score) => t(scaleKey(score)),
        principleHeading: (principle) => t('barometer.answer.legend', { number: String(principle), title: principleTitle(principle) }),
        principleShort: (principle) => `${principle}. ${principleTitle(principle)}`,
        formatNumber: (value) => number.format(value),
      });
      downloadFile(blob, fileName('pdf'));
    } catch (error) {
      toast.show({ message: error instanceof Error ? error.message : String(error), tone: 'error' });
    } finally {
      setBusy(false);
    }
  };

  const exportCsv = () => {
    const csv = barometerCsv(rounds, {
      round: t('barometer.export.csv-round'),
      principle: t('barometer.export.csv-principle'),
      answers: t('barometer.export.csv-count'),
      median: t('barometer.result.median'),
      principleTitle,
    });
    downloadFile(new Blob([csv], { type: 'text/csv;charset=utf-8' }), fileName('csv'));
  };

  return (
    <div className="barometer-export">
      <Button onClick={() => void exportPdf()} aria-disabled={busy || undefined}>
        {t('barometer.export.pdf')}
      </Button>
      <Button onClick={exportCsv}>{t('barometer.export.csv')}</Button>
    </div>
  );
}
