import { Card } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { InvitationForm } from './invitation-form';
import { InvitationList } from './invitation-list';

/** The coordinators' part of the members page: make, copy and revoke invitation links. */
export function InvitationsSection({ regionId }: { regionId: string }) {
  const { t } = useTranslation();
  return (
    <Card asChild>
      <section className="section section--panel" aria-labelledby="invitations-heading">
        <h2 id="invitations-heading">{t('invitations.heading')}</h2>
        <p>{t('invitations.intro')}</p>
        <InvitationForm regionId={regionId} />
        <InvitationList regionId={regionId} />
      </section>
    </Card>
  );
}
