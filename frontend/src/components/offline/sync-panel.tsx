import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../ui/error-alert';
import { Notice } from '../ui/notice';
import { formatDateTime } from '../../lib/format';
import { downloadWorkPackage } from '../../lib/offline/db/work-package-store';
import { useDeviceMeta } from '../../lib/offline/hooks/use-device-responses';
import { useOfflineDevice, useSyncStatus } from '../../lib/offline/hooks/use-offline-device';

/** When the device last synced and fetched its work, and the two buttons that do it now. */
export function SyncPanel() {
  const { t } = useTranslation();
  const device = useOfflineDevice();
  const status = useSyncStatus();
  const meta = useDeviceMeta();
  const [downloading, setDownloading] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  const download = async () => {
    setDownloading(true);
    setNotice(null);
    setError(null);
    try {
      const pkg = await downloadWorkPackage(device.db);
      setNotice(t('offline.downloaded', { villages: pkg.villages.length, households: pkg.households.length }));
    } catch (failure) {
      setError(failure);
    } finally {
      setDownloading(false);
    }
  };

  const syncing = status.phase === 'syncing';
  return (
    <section className="card" aria-labelledby="sync-title">
      <h2 id="sync-title">{t('offline.syncTitle')}</h2>
      <p data-testid="last-sync">{meta?.lastSyncAt ? t('offline.lastSync', { time: formatDateTime(meta.lastSyncAt) }) : t('offline.neverSynced')}</p>
      <p className="muted">{meta?.workPackageAt ? t('offline.packageAt', { time: formatDateTime(meta.workPackageAt) }) : t('offline.noPackage')}</p>
      {status.phase === 'waiting' && status.retryAt ? (
        <p className="text-warning">{t('offline.retryAt', { time: formatDateTime(new Date(status.retryAt).toISOString()) })}</p>
      ) : null}
      {status.phase === 'signedOut' ? <p className="alert alert-warning">{t('offline.signedOut')}</p> : null}
      <Notice>{notice}</Notice>
      <ErrorAlert error={error} />
      <div className="form-actions">
        <button type="button" className="button button-primary" disabled={syncing} onClick={() => void device.engine.syncNow()}>
          {syncing ? t('offline.syncing') : t('offline.syncNow')}
        </button>
        <button type="button" className="button" disabled={downloading} onClick={() => void download()}>
          {downloading ? t('offline.downloading') : t('offline.download')}
        </button>
      </div>
    </section>
  );
}
