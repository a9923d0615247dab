import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { vietnamToday, type VillageReviewDto } from '@ntm/shared';
import { FormActions } from '../../../components/ui/form-actions';
import { TextAreaField } from '../../../components/ui/text-area-field';
import { TextField } from '../../../components/ui/text-field';
import { formatDate } from '../../../lib/format';
import { useDistrictOpinion } from '../api/village-steps';
import { useReviewRoles } from '../hooks/use-review-roles';

/** The opinion of the level above, where the province keeps that former district step. */
export function DistrictOpinionSection({ campaignId, review }: { campaignId: string; review: VillageReviewDto }) {
  const { t } = useTranslation();
  const { canRecord } = useReviewRoles();
  const record = useDistrictOpinion(campaignId, review.village.code);
  const [receivedOn, setReceivedOn] = useState(vietnamToday());
  const [note, setNote] = useState('');
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    record.mutate({ receivedOn, note: note.trim() });
  };

  return (
    <div className="page-section">
      <h3>{t('povertyReview.district.title')}</h3>
      {review.districtOpinion ? (
        <p>
          {formatDate(review.districtOpinion.receivedOn)}: {review.districtOpinion.note} ({review.districtOpinion.recordedBy.fullName})
        </p>
      ) : null}
      {canRecord && review.stage === 'district_opinion' ? (
        <form className="form-grid" onSubmit={onSubmit} aria-label={t('povertyReview.district.submit')}>
          <TextField label={t('povertyReview.district.receivedOn')} type="date" required value={receivedOn} onChange={(e) => setReceivedOn(e.target.value)} />
          <TextAreaField className="form-wide" label={t('povertyReview.district.note')} required rows={3} value={note} onChange={(e) => setNote(e.target.value)} />
          <FormActions mutation={record} submitLabel={t('povertyReview.district.submit')} />
        </form>
      ) : null}
    </div>
  );
}
