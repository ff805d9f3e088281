import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, ScrollRestoration, useLocation } from 'react-router';
import { focusPageHeading } from '../../lib/route-focus';
import { LanguageSwitcher } from './language-switcher';

/** Skip link, banner with the app name and language switcher, main content, footer. */
export function AppLayout() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const previousPath = useRef(pathname);

  useEffect(() => {
    if (previousPath.current === pathname) return;
    previousPath.current = pathname;
    focusPageHeading();
  }, [pathname]);

  return (
    <>
      <a className="skip-link" href="#innhold">
        {t('app.skip-link')}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link to="/" className="brand">
            <span className="brand__mark" aria-hidden="true" />
            {t('app.name')}
          </Link>
          <nav aria-label={t('nav.main')} className="site-nav">
            <Link to="/">{t('nav.regions')}</Link>
          </nav>
          <LanguageSwitcher />
        </div>
      </header>
      <main id="innhold" tabIndex={-1} className="site-main">
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>{t('app.footer')}</p>
      </footer>
      <ScrollRestoration />
    </>
  );
}
