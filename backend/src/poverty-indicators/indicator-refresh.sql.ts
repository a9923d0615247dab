import { HOUSEHOLD_FACTS } from '@ntm/shared';
import { COUNT_COLUMNS, DATA_COLUMNS, factColumn, KEYED_COUNT_COLUMNS, type KeyedCountColumn, VILLAGE_TALLIES } from './indicator-columns';

/** A CTE `<column>_counts (code, counts)`: one JSONB object per unit from (code, k, n) rows. */
function keyedCounts(column: KeyedCountColumn, rows: string): string {
  return `${column}_counts AS (SELECT code, jsonb_object_agg(k, n) AS counts FROM (${rows}) x GROUP BY code)`;
}

const keyedJoins = KEYED_COUNT_COLUMNS.map((c) => `LEFT JOIN ${c}_counts ${c}_c ON ${c}_c.code = base.code`).join(' ');
const keyedValues = KEYED_COUNT_COLUMNS.map((c) => `coalesce(${c}_c.counts, '{}')`).join(', ');

/** Insert or overwrite, unless the campaign's figures are frozen. */
const UPSERT = `
  INSERT INTO poverty_indicator (campaign_id, unit_code, unit_path, parent_code, is_village, ${DATA_COLUMNS.join(', ')})`;
const ON_CONFLICT = `
  ON CONFLICT (campaign_id, unit_code) DO UPDATE SET
    ${DATA_COLUMNS.map((c) => `${c} = EXCLUDED.${c}`).join(', ')},
    unit_path = EXCLUDED.unit_path, parent_code = EXCLUDED.parent_code, computed_at = now()
  WHERE NOT poverty_indicator.frozen`;

/** What a refresh counts: every village of campaign $1 (each under one of its units), or the
 * villages of an area (a village, a commune…) whose path matches the LIKE pattern $2. */
export type VillageScope = 'campaign' | 'area';

const SCOPES: Record<VillageScope, { villages: string; households: string; assessments: string; recognitions: string }> = {
  campaign: {
    villages: `SELECT u.code, u.path, u.parent_code FROM administrative_unit u
                WHERE u.type = 'village' AND EXISTS (
                  SELECT 1 FROM campaign_unit cu JOIN administrative_unit s ON s.code = cu.unit_code
                   WHERE cu.campaign_id = $1 AND starts_with(u.path, s.path))`,
    households: 'h.village_code IN (SELECT code FROM base)',
    // All of the campaign's: they lie in its villages (responses are refused elsewhere).
    assessments: 'a.campaign_id = $1',
    recognitions: 'g.campaign_id = $1',
  },
  // By path prefix, so the indexes on household (village_path), household_assessment (campaign_id,
  // unit_path) and household_recognition (year, unit_path) serve.
  area: {
    villages: `SELECT code, path, parent_code FROM administrative_unit WHERE type = 'village' AND path LIKE $2`,
    households: 'h.village_path LIKE $2',
    assessments: 'a.campaign_id = $1 AND a.unit_path LIKE $2',
    recognitions: 'g.campaign_id = $1 AND g.year = (SELECT year FROM campaign WHERE id = $1) AND g.unit_path LIKE $2',
  },
};

/** The assessment columns the tallies read (not the large `detail`). */
const ASSESSED_COLUMNS = [
  'village_code', 'poverty_class', 'deprived', 'unknown_indicators', 'members', 'income_yearly', 'social_protection', 'impoverished_by_shock',
  ...HOUSEHOLD_FACTS.map(factColumn),
].map((column) => `a.${column}`).join(', ');

/**
 * One statement that counts villages from the registry (active households), their approved
 * assessments in campaign $1 and the campaign's recognitions, and upserts a row per village.
 */
export function upsertVillagesSql(scope: VillageScope): string {
  const where = SCOPES[scope];
  const unnested = (column: KeyedCountColumn) =>
    keyedCounts(column, `SELECT a.village_code AS code, k, count(*) AS n FROM assessed a CROSS JOIN unnest(a.${column}) AS k GROUP BY 1, 2`);
  return `
  WITH base AS (${where.villages}),
  registry AS (
    SELECT h.village_code AS code, count(*) AS n FROM household h WHERE h.status = 'active' AND ${where.households} GROUP BY 1
  ),
  assessed AS (
    SELECT ${ASSESSED_COLUMNS} FROM household_assessment a JOIN survey_response r ON r.id = a.response_id AND r.status = 'approved'
     WHERE ${where.assessments}
  ),
  tallies AS (
    SELECT a.village_code AS code, ${VILLAGE_TALLIES.map(([column, aggregate]) => `${aggregate} AS ${column}`).join(', ')},
           coalesce(sum(a.income_yearly), 0) AS income_sum
      FROM assessed a GROUP BY 1
  ),
  ${unnested('deprived')},
  ${unnested('unknown_indicators')},
  ${keyedCounts(
    'movements',
    `SELECT g.village_code AS code, g.movement AS k, count(*) AS n FROM household_recognition g
      WHERE ${where.recognitions} AND g.movement IS NOT NULL GROUP BY 1, 2`,
  )}
  ${UPSERT}
  SELECT $1, base.code, base.path, base.parent_code, true, coalesce(registry.n, 0),
         ${VILLAGE_TALLIES.map(([column]) => `coalesce(t.${column}, 0)`).join(', ')}, coalesce(t.income_sum, 0), ${keyedValues}
    FROM base LEFT JOIN registry ON registry.code = base.code LEFT JOIN tallies t ON t.code = base.code ${keyedJoins}
  ${ON_CONFLICT}`;
}

/**
 * One statement that sums the village rows of campaign $1 into every area above them (commune,
 * province…, and the national root: the campaign as a whole). Each village row is joined to the
 * ancestors read off its path; with `onlySome`, only the ancestors listed in $2 are rewritten.
 */
export function upsertAncestorsSql(onlySome: boolean): string {
  const summed = (column: KeyedCountColumn) =>
    keyedCounts(column, `SELECT l.ancestor AS code, e.key AS k, sum(e.value::bigint) AS n FROM links l CROSS JOIN jsonb_each_text(l.${column}) e GROUP BY 1, 2`);
  return `
  WITH links AS (
    SELECT anc.code AS ancestor, v.* FROM poverty_indicator v
     CROSS JOIN LATERAL unnest(trim_array(string_to_array(btrim(v.unit_path, '/'), '/'), 1)) AS anc(code)
     WHERE v.campaign_id = $1 AND v.is_village ${onlySome ? 'AND anc.code = ANY($2)' : ''}
  ),
  sums AS (
    SELECT ancestor AS code, ${COUNT_COLUMNS.map((column) => `sum(${column}) AS ${column}`).join(', ')}, sum(income_sum) AS income_sum
      FROM links GROUP BY 1
  ),
  ${KEYED_COUNT_COLUMNS.map(summed).join(',\n  ')}
  ${UPSERT}
  SELECT $1, u.code, u.path, u.parent_code, false, ${COUNT_COLUMNS.map((column) => `base.${column}`).join(', ')}, base.income_sum, ${keyedValues}
    FROM sums base JOIN administrative_unit u ON u.code = base.code ${keyedJoins}
  ${ON_CONFLICT}`;
}
