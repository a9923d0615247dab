import type { CriteriaSet, TargetMetric } from '@ntm/shared';
import type { EntityManager } from 'typeorm';
import { subtreePattern } from '../../common/sql/escape-like';
import { UNITS_OF_LEVEL } from '../criteria-units.sql';

export const LEVEL_ORDER = ['none', 'ntm', 'advanced', 'model'];

const AT_LEVEL = `count(*) FILTER (WHERE array_position(p.levels, level::text) >= array_position(p.levels, p.parameter))`;

/** The aggregate of a metric over a year's evaluations (`p.parameter`, `p.levels` in order). */
const METRIC_SQL: Readonly<Record<TargetMetric, string>> = {
  communes_at_level: AT_LEVEL,
  average_criteria_met: `round(avg(met), 2)`,
  communes_below_criteria: `count(*) FILTER (WHERE met < p.parameter::int)`,
  communes_meeting_criterion: `count(*) FILTER (WHERE states ->> p.parameter::int = 'met')`,
  // A village set's level is its tier once all is met ('ntm' for thôn NTM), so 'model' counts a model-village set's.
  villages_at_level: AT_LEVEL,
};

export type TargetKey = { unitPath: string; set: CriteriaSet; metric: TargetMetric; parameter: string | null; fromYear: number; toYear: number };

/** The metric per year of the period up to `lastYear`, from the stored evaluations, in SQL. */
export async function targetActuals(manager: EntityManager, key: TargetKey, lastYear: number): Promise<{ year: number; value: number | null }[]> {
  const to = Math.min(key.toYear, lastYear);
  if (to < key.fromYear) return [];
  // communes_meeting_criterion: the criterion's position in the stored states (numbers need not be contiguous).
  const parameter = key.metric === 'communes_meeting_criterion' ? String(key.set.criteria.findIndex((c) => String(c.number) === key.parameter)) : key.parameter;
  const rows: { year: number; value: string | number | null }[] = await manager.query(
    `SELECT year, ${METRIC_SQL[key.metric]} AS value
       FROM criteria_evaluation CROSS JOIN (SELECT $3::text AS parameter, $4::text[] AS levels) p
      WHERE set_id = $1 AND unit_path LIKE $2 AND year BETWEEN $5 AND $6 GROUP BY year`,
    [key.set.id, subtreePattern(key.unitPath), parameter, LEVEL_ORDER, key.fromYear, to],
  );
  const byYear = new Map(rows.map((r) => [r.year, r.value === null ? null : Number(r.value)]));
  return Array.from({ length: to - key.fromYear + 1 }, (_, i) => key.fromYear + i).map((year) => ({ year, value: byYear.get(year) ?? null }));
}

/** What "94 of 127" counts over: the units of the set's level under the target's unit (xã, or
 * villages of xã), or the set's number of criteria for an average. */
export async function outOf(manager: EntityManager, key: Pick<TargetKey, 'unitPath' | 'set' | 'metric'>): Promise<number> {
  if (key.metric === 'average_criteria_met') return key.set.criteria.length;
  const [{ n }]: { n: number }[] = await manager.query(UNITS_OF_LEVEL[key.set.unitLevel], [subtreePattern(key.unitPath)]);
  return n;
}
