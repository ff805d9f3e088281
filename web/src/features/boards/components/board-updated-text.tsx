import { useTranslation } from 'react-i18next';
import { formatDate, formatRelativeTime } from '../../../../../shared/i18n/format-time';
import type { Board } from '../../../../../shared/schemas/board';
import { useLanguage } from '../../../lib/language-provider';
import { useNow } from '../../../lib/use-now';

/** "Sist endret for 5 minutter siden av Kari", with the exact date in the markup. */
export function BoardUpdatedText({ board }: { board: Board }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const now = useNow();
  const updatedAt = new Date(board.updatedAt);
  const time = formatRelativeTime(updatedAt, now, language);
  return (
    <time dateTime={board.updatedAt} title={formatDate(updatedAt, language)}>
      {board.updatedBy ? t('board.updated-by', { time, name: board.updatedBy.name }) : t('board.updated', { time })}
    </time>
  );
}
