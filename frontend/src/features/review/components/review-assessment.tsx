import { useTranslation } from 'react-i18next';
import type { ReviewAssessmentDto } from '@ntm/shared';
import { formatDecimal } from '../../../lib/format';

/** The server's classification of the submitted review form: class, deprivations, income and reasons. */
export function ReviewAssessment({ assessment }: { assessment: ReviewAssessmentDto }) {
  const { t } = useTranslation();
  const names = (list: { label: string }[]) => (list.length ? list.map((item) => item.label).join(', ') : t('review.assessment.none'));
  const income = assessment.income;
  return (
    <section className="section" aria-labelledby="assessment-title">
      <h2 id="assessment-title">{t('review.assessment.title')}</h2>
      <p>
        <strong>{t(`povertyReview.classes.${assessment.povertyClass}`)}</strong>
      </p>
      <dl className="attributes">
        <dt>{t('review.assessment.deprived', { count: assessment.deprived.length })}</dt>
        <dd>{names(assessment.deprived)}</dd>
        {assessment.unknown.length ? (
          <>
            <dt>{t('review.assessment.unknown')}</dt>
            <dd>{names(assessment.unknown)}</dd>
          </>
        ) : null}
        <dt>{t('review.assessment.income')}</dt>
        <dd>
          {income === null
            ? '—'
            : income.method === 'measured'
              ? t('review.assessment.measured', { amount: formatDecimal(income.perPersonMonthly) })
              : t('review.assessment.proxy', { score: income.score })}
        </dd>
      </dl>
      <details>
        <summary>{t('review.assessment.reasons')}</summary>
        <ol>
          {assessment.trace.map((line, index) => (
            <li key={`${index}:${line.rule}`}>{line.text}</li>
          ))}
        </ol>
      </details>
    </section>
  );
}
