import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ResponseSummary } from '@ntm/shared';
import { ResponseStatusBadge } from '../../../components/responses/response-status-badge';
import { formatDateTime } from '../../../lib/format';
import { reviewPath } from './review-paths';

type Props = { responses: readonly ResponseSummary[]; campaignNames: ReadonlyMap<string, string> };

export function ReviewQueueList({ responses, campaignNames }: Props) {
  const { t } = useTranslation();
  if (responses.length === 0) return <p className="muted">{t('review.empty')}</p>;
  return (
    <ul className="response-list" aria-label={t('review.queueLabel')}>
      {responses.map((response) => (
        <li key={response.id} className="card response-item">
          <p className="response-item-head">
            <strong>{response.unit.name}</strong>
            <ResponseStatusBadge status={response.status} />
          </p>
          <p className="muted">
            {campaignNames.get(response.campaignId) ?? null}
            <br />
            {t('review.submittedBy', { name: response.createdBy.fullName, time: formatDateTime(response.submittedAt) ?? '' })}
          </p>
          <Link
            className="button"
            to={reviewPath(response.campaignId, response.id)}
            aria-label={t('review.openFor', { unit: response.unit.name, name: response.createdBy.fullName })}
          >
            {t('review.open')}
          </Link>
        </li>
      ))}
    </ul>
  );
}
