import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, ScrollRestoration, useLocation, useNavigation } from 'react-router';
import { LanguageSwitch } from '../components/ui/language-switch';
import { useLogout } from '../features/auth/hooks/use-logout';
import { DeviceLogoutButton } from '../features/offline/components/device-logout-button';
import { OfflineSync } from '../features/offline/components/offline-sync';
import { UpdatePrompt } from '../features/offline/components/update-prompt';
import { useUser } from '../lib/session';

export function Layout() {
  const { t } = useTranslation();
  const user = useUser();
  const logout = useLogout();
  const navigation = useNavigation();
  const location = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const lastPath = useRef(location.pathname);

  // After client-side navigation, move focus to the new content, as a page load would.
  useEffect(() => {
    if (lastPath.current === location.pathname) return;
    lastPath.current = location.pathname;
    mainRef.current?.focus({ preventScroll: true });
  }, [location.pathname]);

  const isAdmin = user.role === 'admin';
  return (
    <div className="app-shell">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <div className="header-bar">
          <Link to="/" className="brand">
            {t('app.name')}
          </Link>
          <LanguageSwitch />
        </div>
        <div className="header-user">
          <p className="user-identity">
            <span className="user-name">{user.fullName}</span>
            <span className="user-scope">
              {t(`role.${user.role}`)} · {user.unitName}
            </span>
          </p>
          <div className="user-actions">
            <NavLink to="/password" className="button button-small">
              {t('nav.password')}
            </NavLink>
            {user.role === 'enumerator' ? (
              <DeviceLogoutButton label={t('nav.logout')} onLogout={logout} />
            ) : (
              <button type="button" className="button button-small" onClick={() => void logout()}>
                {t('nav.logout')}
              </button>
            )}
          </div>
        </div>
        <nav className="main-nav" aria-label={t('nav.label')}>
          <ul>
            <li>
              <NavLink to="/" end>
                {t('nav.home')}
              </NavLink>
            </li>
            {user.role === 'enumerator' ? (
              <>
                <li>
                  <NavLink to="/fieldwork">{t('fieldwork.title')}</NavLink>
                </li>
                <li>
                  <NavLink to="/offline">{t('offline.nav')}</NavLink>
                </li>
              </>
            ) : null}
            {user.role === 'supervisor' || isAdmin ? (
              <li>
                <NavLink to="/review">{t('review.title')}</NavLink>
              </li>
            ) : null}
            {user.role === 'supervisor' || isAdmin ? (
              <li>
                <NavLink to="/campaigns">{t('nav.campaigns')}</NavLink>
              </li>
            ) : null}
            {user.role !== 'enumerator' ? (
              <li>
                <NavLink to="/households">{t('nav.households')}</NavLink>
              </li>
            ) : null}
            {user.role !== 'enumerator' ? (
              <li>
                <NavLink to="/poverty-review">{t('nav.povertyReview')}</NavLink>
              </li>
            ) : null}
            {isAdmin || user.role === 'front' || user.role === 'steering' ? (
              <li>
                <NavLink to="/polls">{t('polls.nav')}</NavLink>
              </li>
            ) : null}
            {isAdmin || user.role === 'front' || user.role === 'steering' ? (
              <li>
                <NavLink to="/criteria">{t('criteria.nav')}</NavLink>
              </li>
            ) : null}
            {isAdmin ? (
              <>
                <li>
                  <NavLink to="/forms">{t('nav.forms')}</NavLink>
                </li>
                <li>
                  <NavLink to="/proxy-tables">{t('nav.proxyTables')}</NavLink>
                </li>
                <li>
                  <NavLink to="/units">{t('nav.units')}</NavLink>
                </li>
                <li>
                  <NavLink to="/accounts">{t('nav.accounts')}</NavLink>
                </li>
              </>
            ) : null}
          </ul>
        </nav>
        {navigation.state === 'loading' ? <div className="route-progress" role="progressbar" aria-label={t('app.loading')} /> : null}
      </header>
      <main id="main" ref={mainRef} tabIndex={-1}>
        {user.role === 'enumerator' ? <OfflineSync /> : null}
        {import.meta.env.PROD ? <UpdatePrompt /> : null}
        <Outlet />
      </main>
      <footer className="app-footer">
        <p>{t('app.footer')}</p>
      </footer>
      <ScrollRestoration />
    </div>
  );
}
