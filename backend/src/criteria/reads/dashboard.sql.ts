/** Every statement reads the evaluations of one set and year under a path ($1 set, $2 year, $3 LIKE pattern). */
const SCOPE = `e.set_id = $1 AND e.year = $2 AND e.unit_path LIKE $3`;

export const DASHBOARD_SUMMARY = `
  SELECT count(*)::int AS evaluated, round(avg(e.met), 2)::float AS average_met, max(e.computed_at) AS computed_at,
         count(*) FILTER (WHERE r.verdict = 'passed')::int AS passed, count(*) FILTER (WHERE r.verdict = 'failed')::int AS failed,
         count(*) FILTER (WHERE r.verdict = 'invalid')::int AS invalid, count(*) FILTER (WHERE r.verdict IS NULL)::int AS no_poll
    FROM criteria_evaluation e LEFT JOIN poll_result_unit r ON r.campaign_id = e.poll_campaign_id AND r.unit_code = e.unit_code
   WHERE ${SCOPE}`;

export const DASHBOARD_LEVELS = `SELECT e.level, count(*)::int AS n FROM criteria_evaluation e WHERE ${SCOPE} GROUP BY e.level`;

export const DASHBOARD_DISTRIBUTION = `SELECT e.met, count(*)::int AS n FROM criteria_evaluation e WHERE ${SCOPE} GROUP BY e.met`;

/** Per criterion (its position in the set), how many units meet it, do not, or lack data. */
export const DASHBOARD_CRITERIA = `
  SELECT s.position::int - 1 AS position,
         count(*) FILTER (WHERE s.state = 'met')::int AS met, count(*) FILTER (WHERE s.state = 'not_met')::int AS not_met,
         count(*) FILTER (WHERE s.state = 'no_data')::int AS no_data
    FROM criteria_evaluation e CROSS JOIN LATERAL jsonb_array_elements_text(e.states) WITH ORDINALITY AS s(state, position)
   WHERE ${SCOPE} GROUP BY s.position`;

export const DASHBOARD_GRID = `
  SELECT e.unit_code AS code, u.name, u.type, e.met, e.total, e.level, e.ready, e.states
    FROM criteria_evaluation e JOIN administrative_unit u ON u.code = e.unit_code
   WHERE ${SCOPE} ORDER BY e.unit_path`;

/** The unit's own poverty_indicator row of the latest finalised household review up to the year. */
export const OWN_POVERTY_ROW = `
  SELECT p.*, u.name AS unit_name, u.type AS unit_type FROM poverty_indicator p
    JOIN campaign c ON c.id = p.campaign_id JOIN administrative_unit u ON u.code = p.unit_code
   WHERE p.unit_code = $1 AND c.status = 'finalised' AND c.kind = 'household_review' AND c.year <= $2
   ORDER BY c.year DESC, c.finalised_at DESC LIMIT 1`;

export const CLOSED_YEARS = `SELECT year FROM criteria_closed_year WHERE province_code = $1 ORDER BY year`;
