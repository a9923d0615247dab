import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading } from '../../../components/ui/loading';
import type { LocalResponse } from '../../../lib/offline/db/offline-db';
import { countOf, type DeviceCounts, useDeviceResponses } from '../../../lib/offline/hooks/use-device-responses';
import { ConflictView } from './conflict-view';
import { StorageCard } from './storage-card';
import { SyncPanel } from '../../../components/offline/sync-panel';

const COUNT_KEYS: readonly (keyof DeviceCounts)[] = ['draft', 'waiting', 'sent', 'failed', 'conflict'];

const runnerPath = (record: LocalResponse) => `/fieldwork/${encodeURIComponent(record.campaignId)}/responses/${encodeURIComponent(record.id)}`;

/** "Trên máy": what is only on this device, what was sent, what failed and why, the last sync, the storage. */
export function DeviceStatusPage() {
  const { t } = useTranslation();
  const records = useDeviceResponses();
  const counts = countOf(records ?? []);
  const failed = records?.filter((r) => r.syncState === 'failed') ?? [];
  const conflicts = records?.filter((r) => r.syncState === 'conflict') ?? [];
  return (
    <section className="page page-narrow" aria-labelledby="device-title">
      <title>{`${t('offline.title')} · ${t('app.name')}`}</title>
      <h1 id="device-title">{t('offline.title')}</h1>
      <p className="muted">{t('offline.intro')}</p>
      <SyncPanel />
      <section className="card" aria-labelledby="counts-title">
        <h2 id="counts-title">{t('offline.counts.title')}</h2>
        {records ? (
          <dl className="device-counts">
            {COUNT_KEYS.map((key) => (
              <div key={key} data-testid={`count-${key}`}>
                <dt>{t(`offline.counts.${key}`)}</dt>
                <dd>{counts[key]}</dd>
              </div>
            ))}
          </dl>
        ) : (
          <Loading />
        )}
      </section>
      <StorageCard refreshKey={records?.length} />
      {failed.length > 0 ? (
        <section className="card" aria-labelledby="failed-title">
          <h2 id="failed-title">{t('offline.failedTitle')}</h2>
          <ul className="response-list">
            {failed.map((record) => (
              <li key={record.id} className="response-item" data-testid="failed-response">
                <p>
                  <strong>{t('fieldwork.responseName', { id: record.id.slice(0, 8) })}</strong> · {record.error ? t(`errors.${record.error.code}`) : null}
                </p>
                <ul aria-label={t('offline.failedReason')}>
                  {(record.error?.details ?? []).map((detail) => (
                    <li key={`${detail.field}:${detail.reason}`}>
                      <code>{detail.field}</code>: {detail.reason}
                    </li>
                  ))}
                </ul>
                <Link className="button" to={runnerPath(record)}>
                  {t('offline.fix')}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {conflicts.length > 0 ? (
        <section aria-labelledby="conflicts-title">
          <h2 id="conflicts-title">{t('offline.conflictTitle')}</h2>
          {conflicts.map((record) => (
            <ConflictView key={record.id} record={record} />
          ))}
        </section>
      ) : null}
    </section>
  );
}
