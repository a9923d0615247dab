/** Forms that count (over `survey_response r`): submitted and not in a voided batch. */
export const COUNTED_FORM = `r.status = 'submitted' AND NOT EXISTS (SELECT 1 FROM poll_batch vb WHERE vb.id = r.poll_batch_id AND vb.voided_at IS NOT NULL)`;

/** Active households of village `v` in the registry. */
const REGISTRY = `(SELECT count(*)::int FROM household h WHERE h.village_code = v.code AND h.status = 'active')`;

/**
 * Every village of poll $1 under scope path $2, with both household sources, the forms counted and
 * the codes issued and used. Villages come from the poll's units (communes or provinces) by path.
 */
export const POLL_VILLAGES = `
  SELECT v.code, v.name, c.code AS "communeCode", c.name AS "communeName", c.type AS "communeType",
         ${REGISTRY} AS "registryHouseholds", pv.households AS "enteredHouseholds", pv.source AS "enteredSource",
         COALESCE(f.n, 0) AS returned, COALESCE(t.issued, 0) AS "tokensIssued", COALESCE(t.used, 0) AS "tokensUsed"
    FROM administrative_unit v
    JOIN administrative_unit c ON c.code = v.parent_code
    LEFT JOIN poll_village pv ON pv.campaign_id = $1 AND pv.village_code = v.code
    LEFT JOIN (SELECT r.unit_code, count(*)::int AS n FROM survey_response r WHERE r.campaign_id = $1 AND ${COUNTED_FORM} GROUP BY r.unit_code) f
           ON f.unit_code = v.code
    LEFT JOIN (SELECT village_code, count(*)::int AS issued, count(used_at)::int AS used FROM poll_token WHERE campaign_id = $1 GROUP BY village_code) t
           ON t.village_code = v.code
   WHERE v.type = 'village' AND starts_with(v.path, $2)
     AND EXISTS (SELECT 1 FROM campaign_unit cu JOIN administrative_unit su ON su.code = cu.unit_code
                  WHERE cu.campaign_id = $1 AND starts_with(v.path, su.path))
   ORDER BY v.path`;

/** One village's household total (registry first, else entered) and forms counted, for the count check. */
export const VILLAGE_TALLY = `
  SELECT COALESCE(NULLIF(${REGISTRY}, 0), pv.households) AS households,
         (SELECT count(*)::int FROM survey_response r WHERE r.campaign_id = $1 AND r.unit_code = v.code AND ${COUNTED_FORM}) AS returned
    FROM administrative_unit v LEFT JOIN poll_village pv ON pv.campaign_id = $1 AND pv.village_code = v.code
   WHERE v.code = $2`;

/** Per village × item ($2: item names): satisfied, not satisfied and unanswered among counted forms. */
export const ITEM_COUNTS = `
  SELECT r.unit_code AS code, i.name,
         count(*) FILTER (WHERE r.answers ->> i.name = 'satisfied')::int AS satisfied,
         count(*) FILTER (WHERE r.answers ->> i.name = 'not_satisfied')::int AS "notSatisfied",
         count(*) FILTER (WHERE r.answers ->> i.name IS NULL OR r.answers ->> i.name NOT IN ('satisfied', 'not_satisfied'))::int AS unanswered
    FROM survey_response r CROSS JOIN unnest($2::text[]) AS i(name)
   WHERE r.campaign_id = $1 AND ${COUNTED_FORM}
   GROUP BY r.unit_code, i.name`;
