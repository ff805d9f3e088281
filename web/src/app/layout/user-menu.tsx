import { useTranslation } from 'react-i18next';
import { NavLink, useNavigate } from 'react-router';
import type { User } from '../../../../shared/schemas/account';
import { Button } from '../../components/ui/button';
import { useToast } from '../../components/ui/toast-provider';
import { useLogout } from '../../features/auth/api/use-logout';
import { useErrorText } from '../../lib/use-error-text';

/** Who is signed in, a link to their account and "Logg ut". */
export function UserMenu({ user }: { user: User }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const toast = useToast();
  const errorText = useErrorText();
  const logout = useLogout();

  return (
    <div className="user-menu">
      <span className="user-menu__name">
        <span className="visually-hidden">{t('session.signed-in-label')} </span>
        {user.displayName}
      </span>
      <NavLink to="/konto">{t('session.account')}</NavLink>
      <Button
        variant="quiet"
        data-size="sm"
        className="user-menu__logout"
        aria-disabled={logout.isPending}
        onClick={async () => {
          if (logout.isPending) return;
          try {
            await logout.mutateAsync();
          } catch (error) {
            toast.show({ message: errorText(error), tone: 'error' });
            return;
          }
          void navigate('/logg-inn', { replace: true });
          toast.show({ message: t('session.logged-out') });
        }}
      >
        {t('session.logout')}
      </Button>
    </div>
  );
}
