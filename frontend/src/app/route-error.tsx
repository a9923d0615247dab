import { useTranslation } from 'react-i18next';

/** Last resort when rendering a route throws (for example a failed chunk load after a deploy). */
export function RouteError() {
  const { t } = useTranslation();
  return (
    <main id="main" className="page page-narrow">
      <h1>{t('errors.unexpected')}</h1>
      <p>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {t('common.reload')}
        </button>
      </p>
    </main>
  );
}
