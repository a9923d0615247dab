import { POVERTY_CLASS_LABELS_VI, type PovertyClass } from '../households/poverty-class';
import type { HouseholdAssessment, IncomeUsed, TraceLine } from '../poverty/assessment';
import type { PovertyStandardId, ResidenceArea } from '../poverty/standard';
import { povertyStandardById } from '../poverty/standards/standards';
import { type LabelledIndicator, labelIndicators } from './indicator-labels';

/** The server's assessment of a submitted review form, as the supervisor reads it. */
export type ReviewAssessmentDto = {
  standardId: PovertyStandardId;
  area: ResidenceArea;
  referenceDate: string;
  povertyClass: PovertyClass;
  povertyClassLabel: string;
  deprived: LabelledIndicator[];
  unknown: LabelledIndicator[];
  income: IncomeUsed | null;
  trace: TraceLine[];
};

export function toReviewAssessmentDto(assessment: HouseholdAssessment): ReviewAssessmentDto {
  const standard = povertyStandardById(assessment.standardId);
  return {
    standardId: assessment.standardId,
    area: assessment.area,
    referenceDate: assessment.referenceDate,
    povertyClass: assessment.povertyClass,
    povertyClassLabel: POVERTY_CLASS_LABELS_VI[assessment.povertyClass],
    deprived: labelIndicators(assessment.deprived, standard),
    unknown: labelIndicators(assessment.unknown, standard),
    income: assessment.income,
    trace: [...assessment.trace],
  };
}
