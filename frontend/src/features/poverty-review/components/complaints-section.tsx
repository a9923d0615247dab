import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComplaintDto, VillageReviewDto } from '@ntm/shared';
import { DataTable } from '../../../components/ui/data-table';
import { formatDate } from '../../../lib/format';
import { useClassLabel } from '../hooks/use-class-label';
import { useReviewRoles } from '../hooks/use-review-roles';
import { ComplaintDialog, type ComplaintDecision } from './complaint-dialog';
import { ComplaintForm } from './complaint-form';

const COLUMNS = ['household', 'content', 'receivedOn', 'status'] as const;

/** Complaints about the posted lists; a re-check sends the form back, and resolving waits for its approval. */
export function ComplaintsSection({ campaignId, review }: { campaignId: string; review: VillageReviewDto }) {
  const { t } = useTranslation();
  const acting = useReviewRoles().canRecord && review.stage === 'posting';
  const [decision, setDecision] = useState<ComplaintDecision | null>(null);
  const headers = [...COLUMNS.map((key) => t(`povertyReview.complaints.${key}`)), ...(acting ? [t('povertyReview.complaints.actions')] : [])];

  return (
    <div className="page-section">
      <h3>{t('povertyReview.complaints.title')}</h3>
      {review.complaints.length === 0 ? <p className="muted">{t('povertyReview.complaints.empty')}</p> : null}
      {review.complaints.length > 0 ? (
        <DataTable caption={t('povertyReview.complaints.title')} headers={headers}>
          {review.complaints.map((complaint) => (
            <tr key={complaint.id}>
              <th scope="row">
                {complaint.household.code} · {complaint.household.headName}
              </th>
              <td>{complaint.content}</td>
              <td>{formatDate(complaint.receivedOn)}</td>
              <td>
                <ComplaintStatus complaint={complaint} />
              </td>
              {acting ? (
                <td className="row-actions">
                  {!complaint.resolvedOn && complaint.responseStatus === 'approved' ? (
                    <>
                      <button type="button" className="button button-small" aria-label={t('povertyReview.complaints.recheckFor', { code: complaint.household.code })} onClick={() => setDecision({ kind: 'recheck', complaint })}>
                        {t('povertyReview.complaints.recheck')}
                      </button>
                      <button type="button" className="button button-small" aria-label={t('povertyReview.complaints.resolveFor', { code: complaint.household.code })} onClick={() => setDecision({ kind: 'resolve', complaint })}>
                        {t('povertyReview.complaints.resolve')}
                      </button>
                    </>
                  ) : null}
                </td>
              ) : null}
            </tr>
          ))}
        </DataTable>
      ) : null}
      {acting ? <ComplaintForm campaignId={campaignId} villageCode={review.village.code} /> : null}
      <ComplaintDialog campaignId={campaignId} villageCode={review.village.code} decision={decision} onClose={() => setDecision(null)} />
    </div>
  );
}

function ComplaintStatus({ complaint }: { complaint: ComplaintDto }) {
  const { t } = useTranslation();
  const classOf = useClassLabel();
  if (complaint.resolvedOn) {
    return (
      <>
        {t('povertyReview.complaints.resolved')} ({formatDate(complaint.resolvedOn)}): {complaint.resolution}
        <br />
        {t('povertyReview.complaints.classChange', { before: classOf(complaint.classAtComplaint), after: classOf(complaint.classAfter) })}
      </>
    );
  }
  const rechecking = complaint.responseStatus !== 'approved';
  return <span className="text-warning">{t(rechecking ? 'povertyReview.complaints.rechecking' : 'povertyReview.complaints.open')}</span>;
}
