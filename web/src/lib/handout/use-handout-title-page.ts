import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../../shared/i18n/format-time';
import { useRegionName } from './use-region-name';
import type { HandoutTitlePage } from './draw-title-page';

/**
 * Makes the title page of a board's handout in the language on screen: board title, region, today's
 * date and how many pages follow.
 */
export function useHandoutTitlePage(board: { title: string; regionId: string }): (pagesAfter: number) => HandoutTitlePage {
  const { t, i18n } = useTranslation();
  const region = useRegionName(board.regionId);
  return (pagesAfter) => ({
    kind: t('presentation.handout.kind'),
    title: board.title,
    region: region ? t('presentation.handout.region', { region }) : null,
    date: t('presentation.handout.date', { date: formatDate(new Date(), i18n.language === 'nn' ? 'nn' : 'nb') }),
    pages: t('presentation.handout.pages', { count: pagesAfter }),
  });
}
