import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, Outlet, useLocation } from 'react-router';
import { Loading } from '../components/ui/loading';
import { useSession, useUser } from '../lib/session';

/** Unauthenticated visitors go to /login, which sends them back here after signing in. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const session = useSession();
  const location = useLocation();
  if (session.status === 'restoring') {
    return (
      <main id="main" className="page">
        <Loading />
      </main>
    );
  }
  if (session.status === 'anonymous') {
    return <Navigate to="/login" replace state={{ from: `${location.pathname}${location.search}` }} />;
  }
  return children;
}

export function RequireAdmin() {
  const { t } = useTranslation();
  const user = useUser();
  if (user.role === 'admin') return <Outlet />;
  return (
    <section className="page page-narrow" aria-labelledby="forbidden-title">
      <h1 id="forbidden-title">{t('forbidden.title')}</h1>
      <p>{t('forbidden.body')}</p>
      <p>
        <Link to="/">{t('common.backHome')}</Link>
      </p>
    </section>
  );
}
