import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ArchivedBoardList } from '../../features/boards/components/archived-board-list';
import { RegionFrame } from '../layout/region-frame';

/** `/samarbeid/:regionId/arkiv`: archived boards, to restore or delete for good. */
export function RegionArchivePage() {
  const { t } = useTranslation();
  const { regionId = '' } = useParams();
  return (
    <RegionFrame
      regionId={regionId}
      section="archive"
      heading={() => t('archive.title')}
      lead={() => <p className="lead">{t('archive.intro')}</p>}
    >
      {(region) => (
        <>
          <ArchivedBoardList regionId={region.id} />
          <p className="section__footer">
            <Link to={`/samarbeid/${region.id}`}>{t('archive.back')}</Link>
          </p>
        </>
      )}
    </RegionFrame>
  );
}
