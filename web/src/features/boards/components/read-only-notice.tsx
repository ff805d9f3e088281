import { useTranslation } from 'react-i18next';

/** Says plainly that this person can look at the board but not change it (observers, view-link guests). */
export function ReadOnlyNotice() {
  const { t } = useTranslation();
  return (
    <div className="notice notice--info" role="region" aria-labelledby="read-only-title">
      <h2 id="read-only-title" className="notice__title">
        {t('board.page.read-only-title')}
      </h2>
      <p>{t('board.page.read-only-text')}</p>
    </div>
  );
}
