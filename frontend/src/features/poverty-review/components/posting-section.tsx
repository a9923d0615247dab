import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { vietnamToday, type VillageReviewDto } from '@ntm/shared';
import { FormActions } from '../../../components/ui/form-actions';
import { TextField } from '../../../components/ui/text-field';
import { fieldErrorsOf } from '../../../lib/api-client';
import { formatDate } from '../../../lib/format';
import { useStartPosting } from '../api/village-steps';
import { useReviewRoles } from '../hooks/use-review-roles';

/** The public posting: its dates (the end counted in working days) and, while it runs, its start. */
export function PostingSection({ campaignId, review }: { campaignId: string; review: VillageReviewDto }) {
  const { t } = useTranslation();
  const { canRecord } = useReviewRoles();
  const { posting } = review;
  return (
    <div className="page-section">
      <h3>{t('povertyReview.posting.title')}</h3>
      {posting ? (
        <dl className="attributes">
          <dt>{t('povertyReview.posting.startsOn')}</dt>
          <dd>{formatDate(posting.startsOn)}</dd>
          <dt>{t('povertyReview.posting.endsOn')}</dt>
          <dd>{formatDate(posting.endsOn)}</dd>
          <dt>{t('povertyReview.posting.workingDays')}</dt>
          <dd>{posting.workingDays}</dd>
          {posting.completedOn ? (
            <>
              <dt>{t('povertyReview.posting.completedOn')}</dt>
              <dd>{formatDate(posting.completedOn)}</dd>
            </>
          ) : null}
        </dl>
      ) : (
        <p className="muted">{t('povertyReview.posting.notStarted')}</p>
      )}
      {canRecord && review.stage === 'posting' ? <StartPostingForm campaignId={campaignId} review={review} /> : null}
    </div>
  );
}

function StartPostingForm({ campaignId, review }: { campaignId: string; review: VillageReviewDto }) {
  const { t } = useTranslation();
  const start = useStartPosting(campaignId, review.village.code);
  const [startsOn, setStartsOn] = useState(review.posting?.startsOn ?? vietnamToday());
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    start.mutate({ startsOn });
  };
  const label = review.posting ? t('povertyReview.posting.move') : t('povertyReview.posting.start');
  return (
    <form className="form-grid" onSubmit={onSubmit} aria-label={label}>
      <TextField
        label={t('povertyReview.posting.startsOn')}
        type="date"
        required
        value={startsOn}
        hint={t('povertyReview.posting.startHint', { days: review.postingWorkingDays })}
        error={fieldErrorsOf(start.error).startsOn}
        onChange={(event) => setStartsOn(event.target.value)}
      />
      <FormActions mutation={start} shownFields={['startsOn']} submitLabel={label} />
    </form>
  );
}
