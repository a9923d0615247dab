import type { CriteriaIndicator, CriteriaLevelOfUnit, CriteriaSet } from './criteria-set';
import { QD318_ADVANCED } from './sets/qd318-advanced';
import { QD318_NTM } from './sets/qd318-ntm';
import { QD319_MODEL } from './sets/qd319-model';
import { QD51_NTM } from './sets/qd51-ntm';
import { VILLAGE_MODEL_TEMPLATE } from './sets/village-model-template';
import { VILLAGE_NTM_TEMPLATE } from './sets/village-ntm-template';

export { QD318_NTM } from './sets/qd318-ntm';
export { QD318_ADVANCED } from './sets/qd318-advanced';
export { QD319_MODEL } from './sets/qd319-model';
export { QD51_NTM } from './sets/qd51-ntm';
export { VILLAGE_NTM_TEMPLATE, adoptCriteriaSet } from './sets/village-ntm-template';
export { VILLAGE_MODEL_TEMPLATE } from './sets/village-model-template';

/** The sets shipped with the product. The village template is not one of them: it applies only
 * once a province adopts it. */
export const NATIONAL_CRITERIA_SETS: readonly CriteriaSet[] = [QD318_NTM, QD318_ADVANCED, QD319_MODEL, QD51_NTM];

/** The templates a province adopts as its own sets (thôn NTM, thôn kiểu mẫu), with `adoptCriteriaSet`. */
export const CRITERIA_SET_TEMPLATES: readonly CriteriaSet[] = [VILLAGE_NTM_TEMPLATE, VILLAGE_MODEL_TEMPLATE];

export function nationalCriteriaSet(id: string): CriteriaSet | null {
  return NATIONAL_CRITERIA_SETS.find((set) => set.id === id) ?? null;
}

/** The sets (national or a province's) that evaluate units of this level in this year. */
export function setsCoveringYear<T extends CriteriaSet>(sets: readonly T[], year: number, unitLevel: CriteriaLevelOfUnit): T[] {
  return sets.filter((set) => set.unitLevel === unitLevel && set.fromYear <= year && year <= set.toYear);
}

export function indicatorsOfSet(set: CriteriaSet): CriteriaIndicator[] {
  return set.criteria.flatMap((criterion) => criterion.indicators);
}
