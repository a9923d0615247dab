import { useTranslation } from 'react-i18next';
import { STORAGE_WARNING_RATIO, useStorageEstimate } from '../hooks/use-storage-estimate';

const MB = 1024 * 1024;
const megabytes = (bytes: number) => `${(bytes / MB).toFixed(1)} MB`;

/** Storage used against the browser's quota, with a warning before it fills up. */
export function StorageCard({ refreshKey }: { refreshKey: unknown }) {
  const { t } = useTranslation();
  const estimate = useStorageEstimate(refreshKey);
  if (estimate === undefined) return null;
  return (
    <section className="card" aria-labelledby="storage-title">
      <h2 id="storage-title">{t('offline.storage.title')}</h2>
      {estimate ? (
        <>
          <p data-testid="storage-used">{t('offline.storage.used', { used: megabytes(estimate.used), quota: megabytes(estimate.quota), percent: Math.round(estimate.ratio * 100) })}</p>
          <progress value={estimate.used} max={estimate.quota} aria-hidden="true" />
          {estimate.ratio > STORAGE_WARNING_RATIO ? (
            <p className="alert alert-warning" role="alert">
              {t('offline.storage.warning')}
            </p>
          ) : null}
          {estimate.persisted ? <p className="muted">{t('offline.storage.persisted')}</p> : null}
        </>
      ) : (
        <p className="muted">{t('offline.storage.unknown')}</p>
      )}
    </section>
  );
}
