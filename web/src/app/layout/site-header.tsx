import { useTranslation } from 'react-i18next';
import { Link, NavLink } from 'react-router';
import { GuestNameControl } from '../../features/sharing/components/guest-name-control';
import type { AuthState } from '../../lib/use-auth';
import { LanguageSwitcher } from './language-switcher';
import { RegionSwitcher } from './region-switcher';
import { UserMenu } from './user-menu';

/**
 * The banner. Signed in: the main navigation (with the region switcher for people in several
 * regions) and the account links. A guest sees only who they are on the board, and no way into
 * the regions. Before signing in: the name and the language switcher.
 */
export function SiteHeader({ auth }: { auth: AuthState | undefined }) {
  const { t } = useTranslation();
  const user = auth?.user ?? null;
  const guest = user ? null : (auth?.guest ?? null);

  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link to={guest ? `/tavler/${guest.boardId}` : '/'} className="brand">
          <span className="brand__mark" aria-hidden="true" />
          {t('app.name')}
        </Link>
        {user && auth ? (
          <>
            <nav aria-label={t('nav.main')} className="site-nav">
              <NavLink to="/" end>
                {t('nav.regions')}
              </NavLink>
              {auth.memberships.length > 1 ? <RegionSwitcher memberships={auth.memberships} /> : null}
            </nav>
            <UserMenu user={user} />
          </>
        ) : (
          <div className="site-header__spacer">{guest ? <GuestNameControl name={guest.name} /> : null}</div>
        )}
        <LanguageSwitcher />
      </div>
    </header>
  );
}
