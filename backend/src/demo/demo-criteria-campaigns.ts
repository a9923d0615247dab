import { closingDate, DEFAULT_POLL_RULES, HOUSEHOLD_REVIEW_FORM_KEY, NOT_SATISFIED, pollItemsOf, SATISFIED, type SurveyDefinition } from '@ntm/shared';
import type { EntityManager } from 'typeorm';
import { computePollResults } from '../polls/poll-results.compute';
import { writeSnapshot } from '../polls/poll-snapshot';
import { IndicatorRefresher } from '../poverty-indicators/indicator-refresher';

export const DEMO_CRITERIA_YEAR = 2025;
type Ref = { id: string; unitCode: string };

/** A pseudo-random share in [0, 1) from a text, stable across builds (household codes are). */
const share = (salt: string) => `((abs(hashtext(${salt})) % 10000) / 10000.0)`;

/**
 * The finalised 2025 household review of xã Bắc Hà that feeds its criteria 9, 10, 11, 15 and 17:
 * one approved review per active registry household, with an assessment drawn from the household's
 * code (≈2 % poor, ≈1.5 % near-poor, income ≈4–7 million đồng per person a month for the others),
 * and the campaign's poverty_indicator rows computed by the real refresher, then frozen.
 */
export async function seedFinalisedReview(manager: EntityManager, communeCode: string, admin: Ref): Promise<string> {
  const [version]: { id: string }[] = await manager.query(
    `SELECT v.id FROM form_version v JOIN survey_form f ON f.id = v.form_id WHERE f.key = $1 AND v.status = 'published' ORDER BY v.version DESC LIMIT 1`,
    [HOUSEHOLD_REVIEW_FORM_KEY],
  );
  const [{ id }]: { id: string }[] = await manager.query(
    `INSERT INTO campaign (name, kind, status, form_version_id, year, round, rounds_per_year, opens_on, closes_on, owner_unit_code, created_by, finalised_at, created_at)
     VALUES ($1, 'household_review', 'finalised', $2, $3, 1, 1, $4::date, $5, $6, $7, $8, $4::date) RETURNING id`,
    [`Rà soát hộ nghèo, hộ cận nghèo năm ${DEMO_CRITERIA_YEAR}`, version!.id, DEMO_CRITERIA_YEAR, `${DEMO_CRITERIA_YEAR}-09-01`, `${DEMO_CRITERIA_YEAR}-11-30`, admin.unitCode, admin.id, `${DEMO_CRITERIA_YEAR}-12-15T03:00:00Z`],
  );
  await manager.query(`INSERT INTO campaign_unit (campaign_id, unit_code) VALUES ($1, $2)`, [id, communeCode]);
  await manager.query(
    `WITH h AS (
       SELECT h.id, h.code, h.village_code, h.village_path, greatest(1, (SELECT count(*) FROM household_member m WHERE m.household_id = h.id))::int AS members,
              ${share('h.code')} AS x, ${share("h.code || 'i'")} AS y
         FROM household h WHERE h.commune_code = $2 AND h.status = 'active'
     ), r AS (
       INSERT INTO survey_response (id, campaign_id, form_version_id, unit_code, unit_path, household_id, status, answers, created_by, submitted_at)
       SELECT gen_random_uuid(), $1, $3, h.village_code, h.village_path, h.id, 'approved', '{}', $4, $5 FROM h RETURNING id, household_id
     )
     INSERT INTO household_assessment (response_id, campaign_id, household_id, village_code, unit_path, standard_id, poverty_class, deprived, unknown_indicators,
       members, income_method, income_yearly, durable_housing, clean_water, hygienic_latrine, all_insured, internet_use, social_protection, impoverished_by_shock, detail)
     SELECT r.id, $1, h.id, h.village_code, h.village_path, 'ND07_2022_2025', k.cls,
            CASE k.cls WHEN 'poor' THEN ARRAY['water', 'latrine', 'telecom'] WHEN 'near_poor' THEN ARRAY['latrine'] ELSE '{}' END, '{}',
            h.members, 'measured', h.members * 12 * round(CASE WHEN k.cls IN ('poor', 'near_poor') THEN 1200000 + 600000 * h.y ELSE 4000000 + 3000000 * h.y END),
            h.x > 0.05, h.x > 0.07 OR h.y > 0.5, h.x > 0.12, h.y > 0.03, h.x > 0.2, k.cls = 'poor' AND h.y < 0.3, false, '{}'
       FROM r JOIN h ON h.id = r.household_id
      CROSS JOIN LATERAL (SELECT CASE WHEN h.x < 0.02 THEN 'poor' WHEN h.x < 0.035 THEN 'near_poor' WHEN h.x < 0.15 THEN 'average' ELSE 'not_poor' END AS cls) k`,
    [id, communeCode, version!.id, admin.id, `${DEMO_CRITERIA_YEAR}-10-20T02:00:00Z`],
  );
  await new IndicatorRefresher().refreshCampaign(manager, id);
  await manager.query(`UPDATE poverty_indicator SET frozen = true WHERE campaign_id = $1`, [id]);
  return id;
}

/**
 * The finalised 2025 satisfaction poll of xã Bắc Hà: forms from 88 % of each village's registry
 * households, keyed in at village meetings, almost all satisfied; its results computed by the poll
 * module's own code and frozen, so the xã can be "ready for recognition".
 */
export async function seedFinalisedPoll(manager: EntityManager, communeCode: string, front: Ref): Promise<string> {
  const [version]: { id: string; definition: SurveyDefinition }[] = await manager.query(
    `SELECT v.id, v.definition FROM form_version v JOIN survey_form f ON f.id = v.form_id WHERE f.key = 'satisfaction-poll-2021' AND v.version = 1`,
  );
  const opensOn = `${DEMO_CRITERIA_YEAR}-10-06`;
  const name = `Lấy ý kiến sự hài lòng của người dân xã Bắc Hà năm ${DEMO_CRITERIA_YEAR}`;
  const [{ id }]: { id: string }[] = await manager.query(
    `INSERT INTO campaign (name, kind, status, form_version_id, year, round, rounds_per_year, opens_on, closes_on, owner_unit_code, created_by, created_at)
     VALUES ($1, 'satisfaction_poll', 'closed', $2, $3, 1, 1, $4::date, $5, $6, $7, $4::date) RETURNING id`,
    [name, version!.id, DEMO_CRITERIA_YEAR, opensOn, closingDate(opensOn, DEFAULT_POLL_RULES.windowWorkingDays), communeCode, front.id],
  );
  await manager.query(`INSERT INTO campaign_unit (campaign_id, unit_code) VALUES ($1, $2)`, [id, communeCode]);
  const { passRule, ...rules } = DEFAULT_POLL_RULES;
  await manager.query(
    `INSERT INTO satisfaction_poll_rule (campaign_id, min_coverage, pass_rule, legal_basis, window_working_days, updated_by) VALUES ($1, $2, $3, $4, $5, $6)`,
    [id, rules.minCoverage, passRule, rules.legalBasis, rules.windowWorkingDays, front.id],
  );
  const items = pollItemsOf(version!.definition);
  const names = items.map((item) => item.name);
  await manager.query(
    `WITH v AS (
       SELECT u.code, u.path, ceil(0.88 * (SELECT count(*) FROM household h WHERE h.village_code = u.code AND h.status = 'active'))::int AS forms
         FROM administrative_unit u WHERE u.parent_code = $2 AND u.type = 'village'
     ), b AS (
       INSERT INTO poll_batch (campaign_id, village_code, label, mode, entered_by) SELECT $1, v.code, 'Hội nghị thôn', 'meeting', $3 FROM v RETURNING id, village_code
     )
     INSERT INTO survey_response (id, campaign_id, form_version_id, unit_code, unit_path, status, answers, created_by, submitted_at, collection_mode, poll_batch_id)
     SELECT gen_random_uuid(), $1, $4, v.code, v.path, 'submitted',
            (SELECT jsonb_object_agg(name, CASE WHEN (n * 7 + k) % 41 = 0 THEN $6 ELSE $5 END) FROM unnest($7::text[]) WITH ORDINALITY AS i(name, k)),
            $3, $8, 'meeting', b.id
       FROM v JOIN b ON b.village_code = v.code CROSS JOIN LATERAL generate_series(1, v.forms) AS n`,
    [id, communeCode, front.id, version!.id, SATISFIED, NOT_SATISFIED, names, `${opensOn}T08:00:00Z`],
  );
  const results = await computePollResults(manager, { id, name }, items, DEFAULT_POLL_RULES);
  await writeSnapshot(manager, id, results);
  await manager.query(`UPDATE campaign SET status = 'finalised', finalised_at = $2 WHERE id = $1`, [id, `${DEMO_CRITERIA_YEAR}-11-10T03:00:00Z`]);
  return id;
}
