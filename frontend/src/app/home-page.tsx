import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useUser } from '../lib/session';

export function HomePage() {
  const { t } = useTranslation();
  const user = useUser();
  const workLink =
    user.role === 'enumerator'
      ? { to: '/fieldwork', label: t('fieldwork.title') }
      : user.role === 'supervisor'
        ? { to: '/review', label: t('review.title') }
        : user.role === 'front' || user.role === 'steering'
          ? { to: '/households', label: t('nav.households') }
          : null;
  return (
    <section className="page page-narrow" aria-labelledby="home-title">
      <title>{t('app.name')}</title>
      <h1 id="home-title">{t('home.welcome', { name: user.fullName })}</h1>
      <p>{t('home.intro')}</p>
      {workLink ? (
        <p>
          <Link className="button button-primary" to={workLink.to}>
            {workLink.label}
          </Link>
        </p>
      ) : null}
      <dl className="card summary">
        <div>
          <dt>{t('home.role')}</dt>
          <dd>{t(`role.${user.role}`)}</dd>
        </div>
        <div>
          <dt>{t('home.unit')}</dt>
          <dd>
            {user.unitName} <span className="muted">({user.unitCode})</span>
          </dd>
        </div>
        <div>
          <dt>{t('home.username')}</dt>
          <dd>{user.username}</dd>
        </div>
      </dl>
      <p>{t('home.scope', { unit: user.unitName })}</p>
      {user.role === 'admin' ? <p className="muted">{t('home.adminHint')}</p> : null}
    </section>
  );
}
