import { useTranslation } from 'react-i18next';
import type { ReviewAssessmentDto } from '@ntm/shared';
import { AssessmentSummary } from '../../../components/poverty/assessment-summary';

/** The server's classification of the submitted review form: class, deprivations, income and the thresholds applied. */
export function ReviewAssessment({ assessment }: { assessment: ReviewAssessmentDto }) {
  const { t } = useTranslation();
  return (
    <section className="card assessment-card" aria-labelledby="assessment-title">
      <h2 id="assessment-title">{t('review.assessment.title')}</h2>
      <AssessmentSummary assessment={assessment} />
      <h3>{t('review.assessment.reasons')}</h3>
      <ol className="assessment-trace">
        {assessment.trace.map((line, index) => (
          <li key={`${index}:${line.rule}`}>{line.text}</li>
        ))}
      </ol>
    </section>
  );
}
