import { useTranslation } from 'react-i18next';
import type { ResponseSummary } from '@ntm/shared';
import { formatDateTime } from '../../lib/format';

/** The supervisor's comment on a response, with who wrote it and when. */
export function ReviewComment({ response }: { response: ResponseSummary }) {
  const { t } = useTranslation();
  if (!response.reviewComment) return null;
  return (
    <div className="review-comment">
      <p className="review-comment-title">
        {t('review.commentBy', {
          name: response.reviewedBy?.fullName ?? '',
          time: formatDateTime(response.reviewedAt) ?? '',
        })}
      </p>
      <p className="review-comment-text">{response.reviewComment}</p>
    </div>
  );
}
