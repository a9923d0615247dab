import { INCOME_SOURCES, type IncomeSource } from '../vocabulary/income';

/**
 * The value names of the standard household review form (shared/src/forms/household-review-form.ts):
 * stable English names, which are the facts' keys. The form and the mapping to facts both use them,
 * and a test keeps the form's questions and these lists equal.
 */
export const INCOME_ANSWER_NAMES: Readonly<Record<IncomeSource, `income_${IncomeSource}`>> = Object.fromEntries(
  INCOME_SOURCES.map(({ value }) => [value, `income_${value}`]),
) as Record<IncomeSource, `income_${IncomeSource}`>;

export const REVIEW_ANSWER_NAMES = [
  'reference_date',
  'screening_signs',
  'members',
  'wall_material',
  'frame_material',
  'roof_material',
  'floor_area',
  'water_source',
  'latrine_type',
  'internet_use',
  'info_devices',
  'hears_loudspeaker',
  'digital_services',
  'waste_disposal',
  'income_method',
  ...Object.values(INCOME_ANSWER_NAMES),
  'production_costs',
  'proxy_assets',
  'proxy_cattle',
  'social_protection',
  'impoverished_by_shock',
  'farm_livelihood',
  'notes',
] as const;
export type ReviewAnswerName = (typeof REVIEW_ANSWER_NAMES)[number];

export const MEMBER_ANSWER_NAMES = [
  'member_id',
  'full_name',
  'sex',
  'birth_date',
  'age',
  'relation',
  'health_insurance',
  'school_attendance',
  'in_education',
  'diploma',
  'employment',
  'labour_contract',
  'severe_disability',
  'social_allowance',
  'malnourished',
] as const;
export type MemberAnswerName = (typeof MEMBER_ANSWER_NAMES)[number];

/** The form's answers as stored: question value names to values, the roster an array of member records. */
export type ReviewAnswers = Readonly<Partial<Record<ReviewAnswerName, unknown>>> & Readonly<Record<string, unknown>>;
export type MemberAnswers = Readonly<Partial<Record<MemberAnswerName, unknown>>>;
