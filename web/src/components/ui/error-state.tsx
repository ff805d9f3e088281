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

/** Says what went wrong and offers "Prøv igjen". */
export function ErrorState({ message, onRetry, headingLevel = 2 }: ErrorStateProps) {
  const { t } = useTranslation();
  const title = t('common.error-title');
  const Heading = headingLevel === 3 ? 'h3' : 'h2';
  return (
    <div className="error-state" role="alert">
      {headingLevel === 1 ? <PageHeading>{title}</PageHeading> : <Heading>{title}</Heading>}
      <p>{message}</p>
      <p className="muted">{t('common.error-hint')}</p>
      <Button variant="primary" onClick={onRetry}>
        {t('common.retry')}
      </Button>
    </div>
  );
}
