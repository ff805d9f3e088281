import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Button } from '../../components/ui/button';
import { useToast } from '../../components/ui/toast-provider';
import { useLogout } from '../../features/auth/api/use-logout';
import { useErrorText } from '../../lib/use-error-text';

/** "Logg ut": ends this session and goes to the login page. Used by the site header and the board's menu. */
export function LogoutButton({ className }: { className?: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const toast = useToast();
  const errorText = useErrorText();
  const logout = useLogout();

  return (
    <Button
      variant="quiet"
      data-size="sm"
      className={className}
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
  );
}
