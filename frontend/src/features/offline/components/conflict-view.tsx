import { useTranslation } from 'react-i18next';
import { isEditable } from '@ntm/shared';
import { ReviewComment } from '../../../components/responses/review-comment';
import type { LocalResponse } from '../../../lib/offline/db/offline-db';
import { keepMine, takeServer } from '../../../lib/offline/db/response-store';
import { useLiveQuery } from '../../../lib/offline/hooks/use-live-query';
import { useOfflineDevice } from '../../../lib/offline/hooks/use-offline-device';
import { differingAnswers, questionTitles } from './answer-diff';

/** A form changed on the server while edited here: both copies side by side, question by question. */
export function ConflictView({ record }: { record: LocalResponse }) {
  const { t } = useTranslation();
  const device = useOfflineDevice();
  const version = useLiveQuery(() => device.db.formVersions.get(record.formVersionId), [device.db, record.formVersionId]);
  const server = record.server;
  if (!server) return null;
  const rows = differingAnswers(record.answers, server.answers, version ? questionTitles(version.definition) : new Map());
  const resolve = async (choice: 'mine' | 'server') => {
    await (choice === 'mine' ? keepMine(device.db, record.id) : takeServer(device.db, record.id));
    if (choice === 'mine') void device.engine.syncNow();
  };
  const label = `conflict-${record.id}`;
  return (
    <section className="card" aria-labelledby={label}>
      <h3 id={label}>{t('fieldwork.responseName', { id: record.id.slice(0, 8) })}</h3>
      <p className="muted">{t('offline.conflictIntro')}</p>
      <p>{t('offline.serverStatus', { status: t(`responseStatus.${server.status}`) })}</p>
      {server.reviewComment ? <ReviewComment response={server} /> : null}
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t('offline.question')}</th>
            <th scope="col">{t('offline.mine')}</th>
            <th scope="col">{t('offline.theirs')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.name}>
              <th scope="row">{row.title}</th>
              <td>{row.mine}</td>
              <td>{row.theirs}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="form-actions">
        <button type="button" className="button button-primary" disabled={!isEditable(server.status)} onClick={() => void resolve('mine')}>
          {t('offline.keepMine')}
        </button>
        <button type="button" className="button" onClick={() => void resolve('server')}>
          {t('offline.takeServer')}
        </button>
      </div>
    </section>
  );
}
