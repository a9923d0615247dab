/** The reference date the sample answers are filled for (a 2025 periodic review, Decree 07/2021). */
export const SAMPLE_REVIEW_REFERENCE_DATE = '2025-11-15';

type Answers = Record<string, unknown>;

/** Members of the sample household, as the roster stores them (ages on 2025-11-15). */
export const SAMPLE_REVIEW_MEMBERS: readonly Answers[] = [
  { full_name: 'Giàng A Sử', sex: 'male', birth_date: '1985-04-12', age: 40, relation: 'head', health_insurance: true, employment: 'self_employed', severe_disability: false, social_allowance: false },
  { full_name: 'Lù Thị Mai', sex: 'female', birth_date: '1988-09-03', age: 37, relation: 'spouse', health_insurance: true, employment: 'self_employed', severe_disability: false, social_allowance: false },
  { full_name: 'Giàng A Páo', sex: 'male', birth_date: '2015-02-20', age: 10, relation: 'child', health_insurance: true, school_attendance: 'right_level', social_allowance: false, malnourished: false },
];

/**
 * A complete answer set of the household review form for a rural household of three that is poor
 * under Decree 07/2021: deprived in water (unprotected spring), latrine (simple pit) and internet;
 * net income 41,000,000 − 9,000,000 = 32,000,000 đồng a year, under 1,500,000 × 3 × 12 = 54,000,000
 * (about 888,889 đồng per person per month). Override any answer.
 */
export function sampleHouseholdReviewAnswers(overrides: Answers = {}): Answers {
  return {
    reference_date: SAMPLE_REVIEW_REFERENCE_DATE,
    screening_signs: ['none'],
    members: SAMPLE_REVIEW_MEMBERS.map((member) => ({ ...member })),
    wall_material: 'brick_stone',
    frame_material: 'concrete',
    roof_material: 'metal_fibre_cement',
    floor_area: 45,
    water_source: 'unprotected_spring',
    latrine_type: 'simple_pit',
    waste_disposal: 'burned_or_dumped',
    internet_use: false,
    info_devices: ['phone'],
    digital_services: false,
    income_method: 'measured',
    income_wages: 0,
    income_crops: 30_000_000,
    income_livestock: 8_000_000,
    income_forestry: 2_000_000,
    income_fishery: 0,
    income_business: 0,
    income_other: 1_000_000,
    production_costs: 9_000_000,
    farm_livelihood: true,
    social_protection: false,
    impoverished_by_shock: false,
    ...overrides,
  };
}
