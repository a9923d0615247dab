import { POVERTY_CLASS_LABELS_VI, type PovertyClass } from '../households/poverty-class';
import type { HouseholdAssessment, IncomeUsed, TraceLine } from '../poverty/assessment';
import type { PovertyStandardId, ResidenceArea } from '../poverty/standard';
import { indicatorLabelVi } from './indicator-labels';

export type LabelledIndicator = { id: string; label: string };

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

const labelled = (ids: readonly string[]): LabelledIndicator[] => ids.map((id) => ({ id, label: indicatorLabelVi(id) }));

export function toReviewAssessmentDto(assessment: HouseholdAssessment): ReviewAssessmentDto {
  return {
    standardId: assessment.standardId,
    area: assessment.area,
    referenceDate: assessment.referenceDate,
    povertyClass: assessment.povertyClass,
    povertyClassLabel: POVERTY_CLASS_LABELS_VI[assessment.povertyClass],
    deprived: labelled(assessment.deprived),
    unknown: labelled(assessment.unknown),
    income: assessment.income,
    trace: [...assessment.trace],
  };
}
