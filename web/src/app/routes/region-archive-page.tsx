import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ArchivedBoardList } from '../../features/boards/components/archived-board-list';
import { canContribute, canManageBoard } from '../../lib/permissions';
import { useAuth } from '../../lib/use-auth';
import { RegionFrame } from '../layout/region-frame';

/** `/samarbeid/:regionId/arkiv`: archived boards, to restore or delete for good. */
export function RegionArchivePage() {
  const { t } = useTranslation();
  const { regionId = '' } = useParams();
  const userId = useAuth().data?.user?.id;
  return (
    <RegionFrame
      regionId={regionId}
      section="archive"
      heading={() => t('archive.title')}
      pageTitle={(region) => t('region.page-in', { page: t('archive.title'), name: region.name })}
      lead={(_region, role) => <p className="lead">{canContribute(role) ? t('archive.intro') : t('archive.intro-read')}</p>}
    >
      {(region, role) => (
        <>
          <ArchivedBoardList regionId={region.id} canRestore={canContribute(role)} canDelete={(board) => canManageBoard(role, board, userId)} />
          <p className="section__footer">
            <Link to={`/samarbeid/${region.id}`}>{t('archive.back')}</Link>
          </p>
        </>
      )}
    </RegionFrame>
  );
}
