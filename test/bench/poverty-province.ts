import type { PoolClient } from 'pg';

export const PROVINCE = 'BP';
export const COMMUNES = 100;
export const VILLAGES_PER_COMMUNE = 10;
export const HOUSEHOLDS_PER_VILLAGE = 200;

const INDICATORS = ['employment', 'dependants', 'nutrition', 'health_insurance', 'adult_education', 'school_attendance',
  'housing_quality', 'housing_area', 'water_source', 'latrine', 'telecom', 'information_access'];

export type BenchProvince = { campaignId: string; adminUsername: string };

/**
 * A generated province (100 xã × 10 villages × 200 households = 200,000) and a household review
 * campaign over it where every household has an approved response and an assessment with a
 * realistic mix (about 4 % poor, 4 % near-poor, 8 % average, 5 % screened out, 1 % incomplete),
 * plus recognitions with movements. All in SQL, on one connection (setseed makes it repeatable).
 */
export async function generateProvince(db: PoolClient): Promise<BenchProvince> {
  await db.query(`SELECT setseed(0.42)`);
  await db.query(
    `INSERT INTO administrative_unit (code, name, full_name, type, parent_code, path, depth, search_name, is_rural)
     VALUES ($1::varchar, 'Tỉnh bench', 'Tỉnh bench', 'province', 'VN', '/VN/' || $1::varchar || '/', 1, 'tinh bench', null)`,
    [PROVINCE],
  );
  await db.query(
    `INSERT INTO administrative_unit (code, name, full_name, type, parent_code, path, depth, search_name, is_rural)
     SELECT $1::varchar || lpad(c::text, 3, '0'), 'Xã ' || c, 'Xã ' || c, 'commune', $1::varchar, '/VN/' || $1::varchar || '/' || $1::varchar || lpad(c::text, 3, '0') || '/', 2, 'xa ' || c, true
       FROM generate_series(1, $2) c`,
    [PROVINCE, COMMUNES],
  );
  await db.query(
    `INSERT INTO administrative_unit (code, name, full_name, type, parent_code, path, depth, search_name)
     SELECT p.code || '-' || lpad(v::text, 2, '0'), 'Thôn ' || v, 'Thôn ' || v, 'village', p.code, p.path || p.code || '-' || lpad(v::text, 2, '0') || '/', 3, 'thon ' || v
       FROM administrative_unit p CROSS JOIN generate_series(1, $2) v WHERE p.parent_code = $1::varchar`,
    [PROVINCE, VILLAGES_PER_COMMUNE],
  );
  await db.query(
    `INSERT INTO household (commune_code, village_code, village_path, code, head_name)
     SELECT v.parent_code, v.code, v.path, v.code || '-' || i, 'Chủ hộ ' || i
       FROM administrative_unit v CROSS JOIN generate_series(1, $2) i WHERE v.type = 'village' AND v.path LIKE '/VN/' || $1 || '/%'`,
    [PROVINCE, HOUSEHOLDS_PER_VILLAGE],
  );
  await db.query(
    `INSERT INTO account (username, full_name, role, unit_code, password_hash)
     SELECT 'bench-admin', 'Quản trị quốc gia (bench)', 'admin', 'VN', password_hash FROM account WHERE username = 'admin'`,
  );
  const { rows } = await db.query(
    `INSERT INTO campaign (name, kind, status, form_version_id, year, round, rounds_per_year, opens_on, closes_on, owner_unit_code, created_by)
     SELECT 'Rà soát bench 2026', 'household_review', 'open', v.id, 2026, 1, 1, '2026-01-01', '2099-12-31', $1, a.id
       FROM form_version v JOIN survey_form f ON f.id = v.form_id, account a
      WHERE f.key = 'sample-household' AND v.version = 1 AND a.username = 'bench-admin'
     RETURNING id, form_version_id`,
    [PROVINCE],
  );
  const campaignId = rows[0].id as string;
  await db.query(`INSERT INTO campaign_unit (campaign_id, unit_code) VALUES ($1, $2)`, [campaignId, PROVINCE]);
  await db.query(
    `INSERT INTO survey_response (id, campaign_id, form_version_id, unit_code, unit_path, household_id, status, answers, created_by, submitted_at, reviewed_by, reviewed_at)
     SELECT gen_random_uuid(), $1, $2, h.village_code, h.village_path, h.id, 'approved', '{}', a.id, now(), a.id, now()
       FROM household h, account a WHERE a.username = 'bench-admin' AND h.village_path LIKE '/VN/' || $3 || '/%'`,
    [campaignId, rows[0].form_version_id, PROVINCE],
  );
  await insertAssessments(db, campaignId, `SELECT r.* FROM survey_response r WHERE r.campaign_id = $1`);
  await db.query(
    `INSERT INTO household_recognition (household_id, year, campaign_id, village_code, unit_path, poverty_class, movement, source, recognised_on)
     SELECT household_id, 2026, campaign_id, village_code, unit_path, poverty_class,
            CASE WHEN poverty_class IN ('poor', 'near_poor') THEN CASE WHEN random() < 0.3 THEN 'newly_' || poverty_class ELSE 'unchanged' END ELSE 'escaped_poor' END,
            'campaign', '2026-12-14'
       FROM household_assessment WHERE campaign_id = $1 AND (poverty_class IN ('poor', 'near_poor') OR random() < 0.03)`,
    [campaignId],
  );
  await db.query(`ANALYZE`);
  return { campaignId, adminUsername: 'bench-admin' };
}

/** Assessments with the bench's class mix for the responses `responses` selects ($1: campaign). */
export async function insertAssessments(db: PoolClient, campaignId: string, responses: string): Promise<void> {
  const flag = (p: number) => `CASE WHEN k.cls = 'screened_out' THEN NULL ELSE random() < ${p} END`;
  await db.query(
    `INSERT INTO household_assessment (response_id, campaign_id, household_id, village_code, unit_path, standard_id, poverty_class, deprived,
       unknown_indicators, members, income_method, income_yearly, durable_housing, clean_water, hygienic_latrine, all_insured, internet_use,
       social_protection, impoverished_by_shock, detail)
     SELECT r.id, r.campaign_id, r.household_id, r.unit_code, r.unit_path, 'ND07_2022_2025', k.cls,
            CASE WHEN k.cls = 'screened_out' THEN '{}' ELSE ARRAY(SELECT i FROM unnest($2::varchar[]) i
              WHERE random() < CASE k.cls WHEN 'poor' THEN 0.35 WHEN 'near_poor' THEN 0.12 ELSE 0.05 END) END,
            CASE WHEN k.cls = 'incomplete' THEN ARRAY['nutrition'] ELSE '{}' END,
            k.members, CASE WHEN k.income THEN 'measured' END,
            CASE WHEN k.income THEN k.members * 12 * CASE WHEN k.cls IN ('poor', 'near_poor') THEN 600000 + floor(random() * 900000)
              WHEN k.cls = 'average' THEN 1500001 + floor(random() * 749999) ELSE 2250001 + floor(random() * 6000000) END END,
            ${flag(0.85)}, ${flag(0.85)}, ${flag(0.75)}, ${flag(0.9)}, ${flag(0.7)},
            k.cls IN ('poor', 'near_poor') AND random() < 0.2, k.cls IN ('poor', 'near_poor') AND random() < 0.1, '{}'
       FROM (${responses}) r
      CROSS JOIN LATERAL (SELECT p.cls, 1 + floor(random() * 8)::int AS members, p.cls NOT IN ('screened_out', 'incomplete') AS income
        FROM (SELECT CASE WHEN x < 0.04 THEN 'poor' WHEN x < 0.08 THEN 'near_poor' WHEN x < 0.16 THEN 'average'
                          WHEN x < 0.21 THEN 'screened_out' WHEN x < 0.22 THEN 'incomplete' ELSE 'not_poor' END AS cls
                FROM (SELECT random() + 0 * length(r.id::text) AS x) u) p) k`,
    [campaignId, INDICATORS],
  );
}
