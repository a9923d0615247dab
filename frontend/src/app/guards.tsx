import type { Role } from '@ntm/shared';
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

/** Pages for some roles only; the server enforces the same rule, this spares a page of 403s. */
export function RequireRoles({ roles, message }: { roles: readonly Role[]; message: 'body' | 'adminOrSupervisor' | 'enumerator' | 'reviewReaders' | 'polls' | 'registry' }) {
  const { t } = useTranslation();
  const user = useUser();
  if (roles.includes(user.role)) return <Outlet />;
  return <Forbidden message={t(`forbidden.${message}`)} />;
}

function Forbidden({ message }: { message: string }) {
  const { t } = useTranslation();
  return (
    <section className="page page-narrow" aria-labelledby="forbidden-title">
      <h1 id="forbidden-title">{t('forbidden.title')}</h1>
      <p>{message}</p>
      <p>
        <Link to="/">{t('common.backHome')}</Link>
      </p>
    </section>
  );
}
