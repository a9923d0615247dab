import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VillageReviewDto } from '@ntm/shared';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { Notice } from '../../../components/ui/notice';
import { type PlainStep, useVillageStep } from '../api/village-steps';
import { useReviewRoles } from '../hooks/use-review-roles';

/** The steps that need only a click at the village's stage (the meeting, posting and opinion have forms). */
function plainSteps(review: VillageReviewDto): PlainStep[] {
  switch (review.stage) {
    case 'listing':
      return ['confirm-list'];
    case 'collecting':
      return ['close-collection'];
    case 'meeting':
      return ['reopen-collection'];
    case 'posting':
      return review.posting ? ['posting/complete'] : [];
    default:
      return [];
  }
}

export function VillageStepActions({ review }: { review: VillageReviewDto }) {
  const { t } = useTranslation();
  const { canRecord } = useReviewRoles();
  const step = useVillageStep(review.campaignId, review.village.code);
  const [notice, setNotice] = useState<string | null>(null);
  const steps = plainSteps(review);

  return (
    <>
      <dl className="summary">
        {(['listed', 'submitted', 'approved', 'incomplete'] as const).map((key) => (
          <div key={key}>
            <dt>{t(`povertyReview.villages.${key}`)}</dt>
            <dd>{review.progress[key]}</dd>
          </div>
        ))}
      </dl>
      <Notice>{notice}</Notice>
      {canRecord && steps.length > 0 ? (
        <div className="form-actions">
          {steps.map((name) => (
            <button
              key={name}
              type="button"
              className="button button-primary"
              disabled={step.isPending}
              onClick={() => step.mutate(name, { onSuccess: (next) => setNotice(t('povertyReview.steps.done', { stage: t(`povertyReview.stages.${next.stage}`) })) })}
            >
              {t(`povertyReview.steps.${name}`)}
            </button>
          ))}
        </div>
      ) : null}
      <ErrorAlert error={step.error} />
    </>
  );
}
