import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

/** Says plainly that this person can look at the board but not change it (observers, view-link guests). */
export function ReadOnlyNotice() {
  const { t } = useTranslation();
  return (
    <Alert data-color="info" className="notice-alert" role="region" aria-labelledby="read-only-title">
      <Heading level={2} data-size="xs" id="read-only-title">
        {t('board.page.read-only-title')}
      </Heading>
      <Paragraph>{t('board.page.read-only-text')}</Paragraph>
    </Alert>
  );
}
