import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { LanguageSwitch } from '../../../components/ui/language-switch';
import { Loading } from '../../../components/ui/loading';
import { Notice } from '../../../components/ui/notice';
import { TextField } from '../../../components/ui/text-field';
import { useSession } from '../../../lib/session';
import { useLogin } from '../hooks/use-login';

function targetOf(state: unknown): string {
  if (typeof state === 'object' && state !== null && 'from' in state && typeof state.from === 'string') {
    return state.from.startsWith('/login') ? '/' : state.from;
  }
  return '/';
}

export function LoginPage() {
  const { t } = useTranslation();
  const session = useSession();
  const location = useLocation();
  const loginMutation = useLogin();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');

  if (session.status === 'authenticated') return <Navigate to={targetOf(location.state)} replace />;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    loginMutation.mutate({ username: username.trim(), password });
  };

  return (
    <div className="login-shell">
      <header className="login-header">
        <p className="brand">{t('app.name')}</p>
        <LanguageSwitch />
      </header>
      <main id="main" className="login-card">
        <h1>{t('auth.title')}</h1>
        <p className="muted">{t('auth.intro')}</p>
        {session.status === 'restoring' ? (
          <Loading />
        ) : (
          <form onSubmit={onSubmit}>
            {session.expired ? <Notice tone="info">{t('auth.expired')}</Notice> : null}
            <TextField
              label={t('auth.username')}
              name="username"
              autoComplete="username"
              autoCapitalize="none"
              spellCheck={false}
              required
              value={username}
              onChange={(event) => setUsername(event.target.value)}
            />
            <TextField
              label={t('auth.password')}
              name="password"
              type="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(event) => setPassword(event.target.value)}
            />
            <ErrorAlert error={loginMutation.error} />
            <button type="submit" className="button button-primary button-block" disabled={loginMutation.isPending}>
              {loginMutation.isPending ? t('auth.submitting') : t('auth.submit')}
            </button>
          </form>
        )}
      </main>
    </div>
  );
}
