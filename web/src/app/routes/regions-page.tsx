import { Card } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../components/ui/error-state';
import { LoadingState } from '../../components/ui/loading-state';
import { PageHeading } from '../../components/ui/page-heading';
import { useRegions } from '../../features/regions/api/use-regions';
import { CreateRegionForm } from '../../features/regions/components/create-region-form';
import { RegionList } from '../../features/regions/components/region-list';
import { useAuth } from '../../lib/use-auth';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useErrorText } from '../../lib/use-error-text';

/** `/`: the regions this person belongs to, and (for the administrator) the form to start a new one. */
export function RegionsPage() {
  const { t } = useTranslation();
  const regions = useRegions();
  const errorText = useErrorText();
  const isAdmin = useAuth().data?.user?.isAdmin ?? false;
  useDocumentTitle(t('regions.title'));

  return (
    <>
      <PageHeading>{t('regions.title')}</PageHeading>
      <p className="lead">{t('regions.intro')}</p>
      <section className="section" aria-labelledby="region-list-heading">
        <h2 id="region-list-heading">{t('regions.list-heading')}</h2>
        {regions.isPending ? (
          <LoadingState text={t('loading.regions')} />
        ) : regions.isError ? (
          <ErrorState headingLevel={3} message={errorText(regions.error)} onRetry={() => void regions.refetch()} />
        ) : (
          <RegionList regions={regions.data} canCreate={isAdmin} />
        )}
      </section>
      {isAdmin ? (
        <Card asChild>
          <section className="section section--panel" aria-labelledby="create-region-heading">
            <h2 id="create-region-heading">{t('regions.create.heading')}</h2>
            <CreateRegionForm />
          </section>
        </Card>
      ) : null}
    </>
  );
}
