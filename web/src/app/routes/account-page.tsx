import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PageHeading } from '../../components/ui/page-heading';
import { AccountDetailsForm } from '../../features/account/components/account-details-form';
import { ChangePasswordForm } from '../../features/account/components/change-password-form';
import { SessionList } from '../../features/account/components/session-list';
import { useAuth } from '../../lib/use-auth';
import { useDocumentTitle } from '../../lib/use-document-title';

/** `/konto`: name and municipality, the password, and where the account is logged in. */
export function AccountPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const user = useAuth().data?.user;
  useDocumentTitle(t('account.title'));
  if (!user) return null;

  return (
    <>
      <PageHeading>{t('account.title')}</PageHeading>
      <p className="lead">
        {t('account.email-label')} <strong>{user.email}</strong>
      </p>
      {user.isAdmin ? <p>{t('account.admin-note')}</p> : null}
      <div className="settings">
        <AccountDetailsForm key={user.id} user={user} />
        <ChangePasswordForm />
        <SessionList onSignedOut={() => void navigate('/logg-inn', { replace: true })} />
      </div>
    </>
  );
}
