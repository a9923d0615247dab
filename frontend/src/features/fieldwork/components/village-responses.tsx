import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isEditable, type ResponseSummary } from '@ntm/shared';
import { ResponseStatusBadge } from '../../../components/responses/response-status-badge';
import { ReviewComment } from '../../../components/responses/review-comment';
import { formatDateTime } from '../../../lib/format';
import { runnerPath } from './fieldwork-paths';

type Props = { campaignId: string; responses: readonly ResponseSummary[] };

/** Returned forms stand out with the supervisor's comment, so they get fixed first. */
export function VillageResponses({ campaignId, responses }: Props) {
  const { t } = useTranslation();
  if (responses.length === 0) return <p className="muted">{t('fieldwork.noResponses')}</p>;
  return (
    <ul className="response-list" aria-label={t('fieldwork.responsesLabel')}>
      {responses.map((response) => (
        <li key={response.id} className={response.status === 'returned' ? 'card response-item response-returned' : 'card response-item'}>
          <p className="response-item-head">
            <strong id={`response-${response.id}`}>{t('fieldwork.responseName', { id: response.id.slice(0, 8) })}</strong>
            <ResponseStatusBadge status={response.status} />
          </p>
          <p className="muted">{t('fieldwork.updatedAt', { time: formatDateTime(response.updatedAt) })}</p>
          {response.status === 'returned' ? <ReviewComment response={response} /> : null}
          <Link className="button" to={runnerPath(campaignId, response.id)} aria-describedby={`response-${response.id}`}>
            {isEditable(response.status) ? t('fieldwork.continue') : t('fieldwork.view')}
          </Link>
        </li>
      ))}
    </ul>
  );
}
