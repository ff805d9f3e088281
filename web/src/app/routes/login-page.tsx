import { Alert } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { PageHeading } from '../../components/ui/page-heading';
import { LoginForm } from '../../features/auth/components/login-form';
import { returnParam, safeReturnPath } from '../../lib/return-path';
import { useAuth } from '../../lib/use-auth';
import { useDocumentTitle } from '../../lib/use-document-title';

/** `/logg-inn`: email and password, then back to the page the person came from (`?neste=`). */
export function LoginPage() {
  const { t } = useTranslation();
  const auth = useAuth().data;
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const returnTo = safeReturnPath(params.get(returnParam));
  useDocumentTitle(t('login.title'));

  if (auth?.user) return <Navigate replace to={returnTo} />;

  return (
    <div className="auth-page">
      <PageHeading>{t('login.title')}</PageHeading>
      {params.has(returnParam) ? (
        <Alert data-color="info" className="notice-alert">
          {t('login.return-notice')}
        </Alert>
      ) : (
        <p className="lead">{t('login.intro')}</p>
      )}
      {auth?.needsSetup ? (
        <Alert data-color="warning" className="notice-alert">
          {t('login.needs-setup')} <Link to="/oppsett">{t('login.setup-link')}</Link>
        </Alert>
      ) : null}
      <LoginForm onLoggedIn={() => void navigate(returnTo, { replace: true })} />
      <section className="section" aria-labelledby="no-account-heading">
        <h2 id="no-account-heading">{t('login.no-account-heading')}</h2>
        <p>{t('login.no-account')}</p>
      </section>
    </div>
  );
}
