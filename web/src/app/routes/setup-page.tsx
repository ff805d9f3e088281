import { Button } from '@digdir/designsystemet-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useNavigate } from 'react-router';
import { PageHeading } from '../../components/ui/page-heading';
import { useToast } from '../../components/ui/toast-provider';
import { SetupForm } from '../../features/auth/components/setup-form';
import { useAuth } from '../../lib/use-auth';
import { useDocumentTitle } from '../../lib/use-document-title';

/** Reads the set-up code from `#kode=…`, the way the server prints the link. */
function codeFromHash(hash: string): string {
  return new URLSearchParams(hash.replace(/^#/, '')).get('kode') ?? '';
}

/**
 * `/oppsett`: the one-time set-up of the first administrator, guarded by the code the server
 * prints at start. Once Planrom has an administrator, the page says so and points to the log-in.
 */
export function SetupPage() {
  const { t } = useTranslation();
  const auth = useAuth().data;
  const location = useLocation();
  const navigate = useNavigate();
  const toast = useToast();
  const [initialToken, setInitialToken] = useState(() => codeFromHash(location.hash));
  useDocumentTitle(t('setup.title'));

  // A link opened while the page is already showing brings its code too. Once read, the code
  // should not stay in the address bar or the history.
  useEffect(() => {
    if (!location.hash) return;
    const code = codeFromHash(location.hash);
    if (code) setInitialToken(code);
    void navigate({ pathname: location.pathname, search: location.search }, { replace: true });
  }, [location.hash, location.pathname, location.search, navigate]);

  if (auth && !auth.needsSetup) {
    if (auth.user) return <Navigate replace to="/" />;
    return (
      <div className="auth-page">
        <PageHeading>{t('setup.already-title')}</PageHeading>
        <p>{t('setup.already-text')}</p>
        <p>
          <Button asChild variant="primary">
            <Link to="/logg-inn">{t('setup.go-to-login')}</Link>
          </Button>
        </p>
      </div>
    );
  }

  return (
    <div className="auth-page">
      <PageHeading>{t('setup.title')}</PageHeading>
      <p className="lead">{t('setup.intro')}</p>
      <SetupForm
        key={initialToken}
        initialToken={initialToken}
        onDone={() => {
          toast.show({ message: t('setup.done') });
          void navigate('/', { replace: true });
        }}
      />
    </div>
  );
}
