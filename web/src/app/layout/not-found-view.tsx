import { Button } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeading } from '../../components/ui/page-heading';
import { useDocumentTitle } from '../../lib/use-document-title';

/** A helpful "not found": what may have happened and a way home. */
export function NotFoundView({ title }: { title?: string }) {
  const { t } = useTranslation();
  const heading = title ?? t('not-found.title');
  useDocumentTitle(heading);
  return (
    <div className="not-found">
      <PageHeading>{heading}</PageHeading>
      <p>{t('not-found.text')}</p>
      <p>
        <Button asChild variant="primary">
          <Link to="/">{t('not-found.home')}</Link>
        </Button>
      </p>
    </div>
  );
}
