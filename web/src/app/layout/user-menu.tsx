import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import type { User } from '../../../../shared/schemas/account';
import { LogoutButton } from './logout-button';

/** Who is signed in, a link to their account and "Logg ut". */
export function UserMenu({ user }: { user: User }) {
  const { t } = useTranslation();

  return (
    <div className="user-menu">
      <span className="user-menu__name">
        <span className="visually-hidden">{t('session.signed-in-label')} </span>
        {user.displayName}
      </span>
      <NavLink to="/konto">{t('session.account')}</NavLink>
      <LogoutButton className="user-menu__logout" />
    </div>
  );
}
