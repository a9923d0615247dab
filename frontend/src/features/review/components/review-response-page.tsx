import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ResponseStatusBadge } from '../../../components/responses/response-status-badge';
import { ReviewComment } from '../../../components/responses/review-comment';
import { useFormVersion } from '../../../components/responses/use-form-version';
import { useResponse } from '../../../components/responses/use-response';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { Loading } from '../../../components/ui/loading';
import { formatDateTime } from '../../../lib/format';
import { AuditHistory } from './audit-history';
import { FilledForm } from './filled-form';
import { ReviewActions } from './review-actions';
import { ReviewAssessment } from './review-assessment';

/** /review/:campaignId/:responseId — one response, read-only, with its review actions and history. */
export function ReviewResponsePage() {
  const { t } = useTranslation();
  const { campaignId = '', responseId = '' } = useParams();
  const response = useResponse(campaignId, responseId);
  const version = useFormVersion(response.data?.formVersionId);
  const data = response.data;
  return (
    <section className={data?.assessment ? 'page' : 'page page-narrow'} aria-labelledby="review-response-title">
      <title>{`${t('review.responseTitle')} · ${t('app.name')}`}</title>
      <p>
        <Link to="/review">{t('review.backToQueue')}</Link>
      </p>
      <div className="page-heading">
        <h1 id="review-response-title">{data ? t('review.responseOf', { unit: data.unit.name }) : t('review.responseTitle')}</h1>
        {data ? <ResponseStatusBadge status={data.status} /> : null}
      </div>
      <ErrorAlert error={response.error ?? version.error} />
      {response.isPending ? <Loading /> : null}
      {data ? (
        <>
          <dl className="card summary">
            <div>
              <dt>{t('review.enumerator')}</dt>
              <dd>{data.createdBy.fullName}</dd>
            </div>
            <div>
              <dt>{t('review.submittedAt')}</dt>
              <dd>{formatDateTime(data.submittedAt) ?? '—'}</dd>
            </div>
          </dl>
          <ReviewComment response={data} />
          <div className={data.assessment ? 'review-layout' : undefined}>
            {/* Beside the form on a wide screen, above it on a phone. */}
            {data.assessment ? <ReviewAssessment assessment={data.assessment} /> : null}
            <div className="review-main">
              <ReviewActions response={data} />
              {version.isPending ? <Loading /> : null}
              {version.data ? <FilledForm key={`${version.data.id}:${data.revision}`} version={version.data} answers={data.answers} /> : null}
              <AuditHistory campaignId={campaignId} responseId={responseId} />
            </div>
          </div>
        </>
      ) : null}
    </section>
  );
}
