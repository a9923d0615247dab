import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isEditable } from '@ntm/shared';
import { ResponseStatusBadge } from '../responses/response-status-badge';
import { formatDateTime } from '../../lib/format';
import { useLocalOnlyResponses } from '../../lib/offline/hooks/use-device-responses';

type Props = { campaignId: string; unitCode: string; runnerPath: (campaignId: string, responseId: string) => string };

/** The village's forms the server does not hold as they are here: waiting, refused or in conflict. */
export function LocalOnlyResponses({ campaignId, unitCode, runnerPath }: Props) {
  const { t } = useTranslation();
  const records = useLocalOnlyResponses(campaignId, unitCode);
  if (!records?.length) return null;
  return (
    <section aria-labelledby="local-only-title">
      <h2 id="local-only-title">{t('offline.localOnlyTitle')}</h2>
      <ul className="response-list" aria-labelledby="local-only-title">
        {records.map((record) => (
          <li key={record.id} className="card response-item" data-testid="local-response">
            <p className="response-item-head">
              <strong id={`local-${record.id}`}>{t('fieldwork.responseName', { id: record.id.slice(0, 8) })}</strong>
              <ResponseStatusBadge status={record.status} />
              <span className="badge">{t(`offline.localOnlyState.${record.syncState}`)}</span>
            </p>
            <p className="muted">{t('fieldwork.updatedAt', { time: formatDateTime(record.savedAt) })}</p>
            <Link className="button" to={runnerPath(campaignId, record.id)} aria-describedby={`local-${record.id}`}>
              {isEditable(record.status) ? t('fieldwork.continue') : t('fieldwork.view')}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
