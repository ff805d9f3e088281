import { Button, Card } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { formatDate } from '../../../../shared/i18n/format-time';
import type { InvitationPreview } from '../../../../shared/schemas/membership';
import { PageHeading } from '../../components/ui/page-heading';
import { useToast } from '../../components/ui/toast-provider';
import { useInvitationPreview } from '../../features/auth/api/use-invitation-preview';
import { AcceptInvitation } from '../../features/auth/components/accept-invitation';
import { RegisterForm } from '../../features/auth/components/register-form';
import { useLanguage, useRegionLanguage } from '../../lib/language-provider';
import { loginPath } from '../../lib/return-path';
import { useAuth } from '../../lib/use-auth';
import { useDocumentTitle } from '../../lib/use-document-title';
import { QueryFallback } from '../layout/query-fallback';

/**
 * `/invitasjon/:token`: which region and role the invitation is for. Signed in: "Bli med".
 * Otherwise: create an account here, or log in and come back. Used, revoked and expired links say so.
 */
export function InvitationPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const navigate = useNavigate();
  const toast = useToast();
  const { language } = useLanguage();
  const user = useAuth().data?.user;
  const preview = useInvitationPreview(token);
  const invitation = preview.data;
  useRegionLanguage(invitation?.regionLanguage);
  useDocumentTitle(
    !invitation ? undefined : invitation.status === 'active' ? t('invite.title', { region: invitation.regionName }) : t(`invite.${invitation.status}-title`),
  );

  if (!invitation) {
    return <QueryFallback query={preview} loadingText={t('loading.invitation')} notFoundTitle={t('invite.not-found-title')} />;
  }
  if (invitation.status !== 'active') return <UnusableInvitation invitation={invitation} signedIn={!!user} />;

  const region = invitation.regionName;
  const onJoined = (regionId: string) => {
    toast.show({ message: t('invite.joined', { region }) });
    void navigate(`/samarbeid/${regionId}`, { replace: true });
  };

  return (
    <div className="auth-page">
      <PageHeading>{t('invite.title', { region })}</PageHeading>
      <p className="lead">{t('invite.text', { region, role: t(`role.noun.${invitation.role}`) })}</p>
      <p>{t(`role.hint.${invitation.role}`)}</p>
      <p className="muted">{t('invite.works-until', { date: formatDate(new Date(invitation.expiresAt), language) })}</p>
      {user ? (
        <>
          <p>{t('invite.signed-in-as', { name: user.displayName })}</p>
          <AcceptInvitation token={token} regionName={region} onJoined={onJoined} />
        </>
      ) : (
        <>
          <Card asChild>
            <section className="section section--panel" aria-labelledby="register-heading">
              <h2 id="register-heading">{t('invite.register-heading')}</h2>
              <p>{t('invite.register-intro')}</p>
              <RegisterForm token={token} onJoined={onJoined} />
            </section>
          </Card>
          <section className="section" aria-labelledby="have-account-heading">
            <h2 id="have-account-heading">{t('invite.have-account')}</h2>
            <p>
              <Link to={loginPath(`/invitasjon/${token}`)}>{t('invite.login-link')}</Link>
            </p>
          </section>
        </>
      )}
    </div>
  );
}

/** A used, revoked or expired invitation: what happened and what to do. */
function UnusableInvitation({ invitation, signedIn }: { invitation: InvitationPreview; signedIn: boolean }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const status = invitation.status as 'used' | 'revoked' | 'expired';
  const title = t(`invite.${status}-title`);
  return (
    <div className="auth-page">
      <PageHeading>{title}</PageHeading>
      <p className="lead">{t(`invite.${status}-text`, { date: formatDate(new Date(invitation.expiresAt), language) })}</p>
      {signedIn ? (
        <p>
          <Button asChild variant="primary">
            <Link to="/">{t('not-found.home')}</Link>
          </Button>
        </p>
      ) : null}
    </div>
  );
}
