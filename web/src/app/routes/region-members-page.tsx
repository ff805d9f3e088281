import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { InvitationsSection } from '../../features/members/components/invitations-section';
import { MemberList } from '../../features/members/components/member-list';
import { canManageRegion } from '../../lib/permissions';
import { useAuth } from '../../lib/use-auth';
import { RegionFrame } from '../layout/region-frame';

/**
 * `/samarbeid/:regionId/medlemmer`: who is in the region. Coordinators change roles, remove people
 * and make invitation links; anyone can leave.
 */
export function RegionMembersPage() {
  const { t } = useTranslation();
  const { regionId = '' } = useParams();
  const navigate = useNavigate();
  const userId = useAuth().data?.user?.id ?? '';
  return (
    <RegionFrame
      regionId={regionId}
      section="members"
      heading={(region) => t('members.title', { name: region.name })}
      lead={() => <p className="lead">{t('members.intro')}</p>}
    >
      {(region, role) => (
        <>
          <MemberList
            regionId={region.id}
            regionName={region.name}
            canManage={canManageRegion(role)}
            currentUserId={userId}
            onLeft={() => void navigate('/', { replace: true })}
          />
          {canManageRegion(role) ? <InvitationsSection regionId={region.id} /> : null}
        </>
      )}
    </RegionFrame>
  );
}
