import type { HouseholdFact, HouseholdStatus, PovertyClass } from '@ntm/shared';
import type { TestApp } from './test-app';

/**
 * Every direct insert of households, assessments and recognitions the indicator tests need. Until
 * the server computes assessments on submission (branch `rules`), the assessment a submitted form
 * would get is written here, next to the response the API created.
 */

/** A new xã under the demo province with `villages` villages ("<code>-01"…), none with households. */
export async function buildCommune(t: TestApp, code: string, villages: number): Promise<string[]> {
  const villageCodes = Array.from({ length: villages }, (_, i) => `${code}-${String(i + 1).padStart(2, '0')}`);
  await t.dataSource.query(
    `INSERT INTO administrative_unit (code, name, full_name, type, parent_code, path, depth, search_name)
     SELECT $1::varchar, 'Xã thử ' || $1, 'Xã thử ' || $1, 'commune', '15', '/VN/15/' || $1 || '/', 2, 'xa thu ' || $1
     UNION ALL
     SELECT v, 'Thôn ' || v, 'Thôn ' || v, 'village', $1::varchar, '/VN/15/' || $1 || '/' || v || '/', 3, 'thon ' || v FROM unnest($2::varchar[]) v`,
    [code, villageCodes],
  );
  return villageCodes;
}

/** `count` households of the registry in a village; returns their ids in order. */
export async function buildHouseholds(t: TestApp, villageCode: string, count: number, status: HouseholdStatus = 'active'): Promise<string[]> {
  const rows: { id: string }[] = await t.dataSource.query(
    `INSERT INTO household (commune_code, village_code, village_path, code, head_name, status)
     SELECT u.parent_code, u.code, u.path, u.code || '-' || (n + i), 'Chủ hộ ' || (n + i), $3
       FROM administrative_unit u CROSS JOIN generate_series(1, $2) i
      CROSS JOIN (SELECT count(*) AS n FROM household WHERE village_code = $1) existing
      WHERE u.code = $1
     RETURNING id`,
    [villageCode, count, status],
  );
  return rows.map((r) => r.id);
}

export type AssessmentFacts = {
  povertyClass: PovertyClass;
  deprived?: string[];
  unknownIndicators?: string[];
  members: number;
  incomeYearly?: number | null;
  facts?: Partial<Record<HouseholdFact, boolean | null>>;
  socialProtection?: boolean;
  impoverishedByShock?: boolean;
};

/** The assessment of response `responseId` (its campaign, household and village are read from it). */
export async function insertAssessment(t: TestApp, responseId: string, a: AssessmentFacts): Promise<void> {
  const fact = (name: HouseholdFact) => a.facts?.[name] ?? null;
  await t.dataSource.query(
    `INSERT INTO household_assessment (response_id, campaign_id, household_id, village_code, unit_path, standard_id, poverty_class,
       deprived, unknown_indicators, members, income_method, income_yearly, durable_housing, clean_water, hygienic_latrine,
       all_insured, internet_use, social_protection, impoverished_by_shock, detail)
     SELECT r.id, r.campaign_id, r.household_id, r.unit_code, r.unit_path, 'ND07_2022_2025', $2, $3, $4, $5,
            CASE WHEN $6::bigint IS NULL THEN NULL ELSE 'measured' END, $6, $7, $8, $9, $10, $11, $12, $13, '{}'
       FROM survey_response r WHERE r.id = $1`,
    [
      responseId, a.povertyClass, a.deprived ?? [], a.unknownIndicators ?? [], a.members, a.incomeYearly ?? null,
      fact('durableHousing'), fact('cleanWater'), fact('hygienicLatrine'), fact('allInsured'), fact('internetUse'),
      a.socialProtection ?? false, a.impoverishedByShock ?? false,
    ],
  );
}

/** The household's recognised class for the campaign's year, with its movement. */
export async function insertRecognition(t: TestApp, campaignId: string, householdId: string, povertyClass: PovertyClass, movement: string): Promise<void> {
  await t.dataSource.query(
    `INSERT INTO household_recognition (household_id, year, campaign_id, village_code, unit_path, poverty_class, movement, source, recognised_on)
     SELECT h.id, c.year, c.id, h.village_code, h.village_path, $3, $4, 'campaign', make_date(c.year, 12, 14)
       FROM household h, campaign c WHERE h.id = $1 AND c.id = $2`,
    [householdId, campaignId, povertyClass, movement],
  );
}
