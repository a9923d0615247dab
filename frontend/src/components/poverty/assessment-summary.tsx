import { useTranslation } from 'react-i18next';
import { formatDong, type LabelledIndicator, povertyStandardById, type ReviewAssessmentDto } from '@ntm/shared';

/** The class of a household review, its deprivations, what is still unknown and the income against
 * the line: the same words for the live preview the enumerator sees and the stored result the supervisor reads. */
export function AssessmentSummary({ assessment }: { assessment: ReviewAssessmentDto }) {
  const { t } = useTranslation();
  const names = (list: LabelledIndicator[]) => (list.length ? list.map((item) => item.label).join('; ') : t('review.assessment.none'));
  return (
    <>
      <p className="assessment-class">
        <strong>{t(`povertyReview.classes.${assessment.povertyClass}`)}</strong>
      </p>
      <dl className="assessment-facts">
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
          <IncomeAgainstLine assessment={assessment} />
        </dd>
      </dl>
    </>
  );
}

function IncomeAgainstLine({ assessment }: { assessment: ReviewAssessmentDto }) {
  const { t } = useTranslation();
  const { income, area } = assessment;
  if (income === null) return assessment.povertyClass === 'screened_out' ? '—' : t('review.assessment.incomeMissing');
  if (income.method === 'proxy') return t('review.assessment.proxy', { score: income.score });
  const line = povertyStandardById(assessment.standardId).lines.line.value[area];
  return t('review.assessment.measured', { amount: formatDong(income.perPersonMonthly), line: formatDong(line), area: t(`review.assessment.areas.${area}`) });
}
