import type { HouseholdAssessment } from '@ntm/shared';

/** The household_assessment columns the server's classification fills, as one JSON record
 * (read back by jsonb_populate_record, so the statement stays one whatever the columns). */
export type AssessmentRecord = {
  standard_id: string;
  poverty_class: string;
  deprived: readonly string[];
  unknown_indicators: readonly string[];
  members: number;
  income_method: string | null;
  income_yearly: number | null;
  durable_housing: boolean | null;
  clean_water: boolean | null;
  hygienic_latrine: boolean | null;
  all_insured: boolean | null;
  internet_use: boolean | null;
  social_protection: boolean | null;
  impoverished_by_shock: boolean | null;
  detail: HouseholdAssessment;
};

const RECORD_COLUMNS = [
  'standard_id', 'poverty_class', 'deprived', 'unknown_indicators', 'members', 'income_method', 'income_yearly', 'durable_housing',
  'clean_water', 'hygienic_latrine', 'all_insured', 'internet_use', 'social_protection', 'impoverished_by_shock', 'detail',
] as const satisfies readonly (keyof AssessmentRecord)[];

export function toAssessmentRecord(assessment: HouseholdAssessment): AssessmentRecord {
  // A screened-out household was not surveyed: its facts are unknown, not what an empty roster implies.
  const facts = assessment.povertyClass === 'screened_out' ? null : assessment.householdFacts;
  return {
    standard_id: assessment.standardId,
    poverty_class: assessment.povertyClass,
    deprived: assessment.deprived,
    unknown_indicators: assessment.unknown,
    members: assessment.members,
    income_method: assessment.income?.method ?? null,
    // A B1 proxy score stands for the income but is no amount: it does not enter income per head.
    income_yearly: assessment.income?.totalYearly ?? null,
    durable_housing: facts?.durableHousing ?? null,
    clean_water: facts?.cleanWater ?? null,
    hygienic_latrine: facts?.hygienicLatrine ?? null,
    all_insured: facts?.allInsured ?? null,
    internet_use: facts?.internetUse ?? null,
    social_protection: assessment.socialProtection.beneficiary,
    impoverished_by_shock: assessment.socialProtection.impoverishedByShock,
    detail: assessment,
  };
}

/**
 * Upserts the assessment of the response(s) `source` yields (any relation with the survey_response
 * columns) from the record in parameter `record`, when there is one.
 */
export function upsertAssessmentSql(source: string, record: string): string {
  return `
    INSERT INTO household_assessment (response_id, campaign_id, household_id, village_code, unit_path, ${RECORD_COLUMNS.join(', ')})
    SELECT s.id, s.campaign_id, s.household_id, s.unit_code, s.unit_path, ${RECORD_COLUMNS.map((c) => `a.${c}`).join(', ')}
      FROM ${source} s CROSS JOIN jsonb_populate_record(NULL::household_assessment, ${record}::jsonb) a
     WHERE ${record}::jsonb IS NOT NULL AND s.household_id IS NOT NULL
    ON CONFLICT (response_id) DO UPDATE SET
      household_id = EXCLUDED.household_id, village_code = EXCLUDED.village_code, unit_path = EXCLUDED.unit_path,
      ${RECORD_COLUMNS.map((c) => `${c} = EXCLUDED.${c}`).join(', ')}, assessed_at = now()
    RETURNING response_id`;
}
