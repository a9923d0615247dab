import { useTranslation } from 'react-i18next';
import { RESPONSE_ACTIONS, RESPONSE_STATUSES, type ResponseAction, type ResponseStatus } from '@ntm/shared';
import { useResponseAudit } from '../../../components/responses/use-response-audit';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { Loading } from '../../../components/ui/loading';
import { formatDateTime } from '../../../lib/format';

const isAction = (value: string): value is ResponseAction => (RESPONSE_ACTIONS as readonly string[]).includes(value);
const isStatus = (value: string): value is ResponseStatus => (RESPONSE_STATUSES as readonly string[]).includes(value);

/** Who did what to the response and when, oldest first, with each review comment. */
export function AuditHistory({ campaignId, responseId }: { campaignId: string; responseId: string }) {
  const { t } = useTranslation();
  const audit = useResponseAudit(campaignId, responseId);
  const statusLabel = (status: string | null) => (status === null ? '—' : isStatus(status) ? t(`responseStatus.${status}`) : status);
  return (
    <section className="card" aria-labelledby="audit-title">
      <h2 id="audit-title">{t('review.history')}</h2>
      {audit.isPending ? <Loading /> : null}
      <ErrorAlert error={audit.error} />
      <ol className="audit-list">
        {audit.data?.map((entry) => (
          <li key={entry.id}>
            <p>
              <strong>{isAction(entry.action) ? t(`review.action.${entry.action}`) : entry.action}</strong>
              {' · '}
              {entry.actor.fullName} · <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
            </p>
            <p className="muted">
              {statusLabel(entry.fromStatus)} → {statusLabel(entry.toStatus)}
            </p>
            {entry.comment ? <blockquote className="audit-comment">{entry.comment}</blockquote> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
