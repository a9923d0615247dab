import { ageInMonths, parseIsoDate } from '../dates';
import type { HouseholdFacts, MemberFacts } from '../facts';
import type { RuleStatus } from '../standard';

/** Three-valued truth: null = unknown, because a fact needed to decide is missing. */
export type Tri = boolean | null;

export const INDICATOR_IDS = [
  'employment',
  'dependants',
  'nutrition',
  'health_insurance',
  'healthcare_access',
  'adult_education',
  'child_schooling',
  'housing_quality',
  'housing_area',
  'water',
  'latrine',
  'waste',
  'telecom',
  'information_access',
  'digital_use',
] as const;
export type IndicatorId = (typeof INDICATOR_IDS)[number];

export const DIMENSIONS = ['employment', 'health', 'education', 'housing', 'water_sanitation', 'information'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export const DIMENSION_LABELS_VI: Readonly<Record<Dimension, string>> = {
  employment: 'Việc làm',
  health: 'Y tế',
  education: 'Giáo dục',
  housing: 'Nhà ở',
  water_sanitation: 'Nước sinh hoạt và vệ sinh',
  information: 'Thông tin',
};

/** A member with the ages the rules need, taken on the review's reference date. */
export type MemberView = { readonly facts: MemberFacts; readonly age: number | null; readonly ageMonths: number | null };

export type IndicatorInput = {
  readonly household: HouseholdFacts;
  readonly members: readonly MemberView[];
  /** The calendar year of the reference date (the retirement age depends on it). */
  readonly referenceYear: number;
};

/** true = deprived, false = not deprived, null = unknown. */
export type IndicatorPredicate = (input: IndicatorInput) => Tri;

/** One deprivation indicator of a standard, as data: its names are verified, its predicate has its own status. */
export type Indicator = {
  readonly id: IndicatorId;
  /** Its number in the decree's list. */
  readonly number: number;
  readonly dimension: Dimension;
  readonly label: string;
  /** When a household is deprived, in the decree's words. */
  readonly threshold: string;
  readonly basis: string;
  readonly status: RuleStatus;
  readonly deprived: IndicatorPredicate;
};

/** Members with their ages on the reference date; a birth date missing, invalid or after the reference date gives an unknown age. */
export function viewMembers(household: HouseholdFacts): MemberView[] {
  const on = parseIsoDate(household.referenceDate);
  return household.members.map((facts) => {
    const birth = parseIsoDate(facts.birthDate);
    const months = birth && on ? ageInMonths(birth, on) : null;
    return months === null || months < 0 ? { facts, age: null, ageMonths: null } : { facts, age: Math.floor(months / 12), ageMonths: months };
  });
}

export function indicatorInput(household: HouseholdFacts): IndicatorInput {
  return { household, members: viewMembers(household), referenceYear: Number(household.referenceDate.slice(0, 4)) };
}

/** The indicators of one legal text, which share its basis and the status of their predicates. */
export function indicatorsOf(basis: string, status: RuleStatus, indicators: readonly Omit<Indicator, 'basis' | 'status'>[]): Indicator[] {
  return indicators.map((indicator) => ({ ...indicator, basis, status }));
}

/** One indicator of a list, for a later standard that keeps it. */
export function indicatorIn(indicators: readonly Indicator[], id: IndicatorId): Indicator {
  const found = indicators.find((indicator) => indicator.id === id);
  if (!found) throw new Error(`no indicator ${id}`);
  return found;
}
