import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Button } from './button';
import { PageHeading } from './page-heading';

interface ErrorStateProps {
  /** What went wrong, in words from the catalogue. */
  message: string;
  onRetry: () => void;
  /** 1 when this replaces the whole page (it then brings the page's h1). */
  headingLevel?: 1 | 2 | 3;
}

/** Says what went wrong (a Designsystemet alert in the danger colour) and offers "Prøv igjen". */
export function ErrorState({ message, onRetry, headingLevel = 2 }: ErrorStateProps) {
  const { t } = useTranslation();
  const title = t('common.error-title');
  return (
    <div role="alert">
      <Alert data-color="danger" className="error-state">
        {headingLevel === 1 ? (
          <PageHeading>{title}</PageHeading>
        ) : (
          <Heading level={headingLevel} data-size="xs">
            {title}
          </Heading>
        )}
        <Paragraph>{message}</Paragraph>
        <Paragraph>{t('common.error-hint')}</Paragraph>
        <Button variant="primary" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      </Alert>
    </div>
  );
}
