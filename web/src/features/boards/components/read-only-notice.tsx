import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Says plainly that this person can look at the board but not change it (observers, view-link
 * guests). `action` (a button to put the notice away) goes inside the box, where it belongs.
 */
export function ReadOnlyNotice({ action }: { action?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Alert data-color="info" className="notice-alert" role="region" aria-labelledby="read-only-title">
      <Heading level={2} data-size="xs" id="read-only-title">
        {t('board.page.read-only-title')}
      </Heading>
      <Paragraph>{t('board.page.read-only-text')}</Paragraph>
      {action}
    </Alert>
  );
}
