import type { CommuneLevel, UnitCriteriaScore } from '@ntm/shared';
import type { EntityManager } from 'typeorm';
import type { ScoredUnit } from './criteria-feeds.sql';

/** An evaluation ready to store: the unit, the score and what the level rules made of it. */
export type EvaluationToWrite = { unit: ScoredUnit; score: UnitCriteriaScore; level: CommuneLevel; ready: boolean; pollCampaignId: string | null };

const EVALUATION_COLUMNS = [
  ['unit_code', 'varchar'],
  ['set_id', 'varchar'],
  ['year', 'int'],
  ['set_version', 'int'],
  ['unit_path', 'varchar'],
  ['column', 'varchar'],
  ['met', 'int'],
  ['not_met', 'int'],
  ['no_data', 'int'],
  ['total', 'int'],
  ['score', 'int'],
  ['all_met', 'boolean'],
  ['level', 'varchar'],
  ['ready', 'boolean'],
  ['states', 'jsonb'],
  ['poll_campaign_id', 'uuid'],
] as const;

const RESULT_COLUMNS = [
  ['unit_code', 'varchar'],
  ['set_id', 'varchar'],
  ['year', 'int'],
  ['indicator_id', 'varchar'],
  ['criterion', 'int'],
  ['value', 'jsonb'],
  ['threshold', 'jsonb'],
  ['state', 'varchar'],
  ['source', 'jsonb'],
  ['no_data_reason', 'varchar'],
  ['campaign_id', 'uuid'],
  ['manual_value_id', 'uuid'],
] as const;

const names = (columns: readonly (readonly [string, string])[]) => columns.map(([c]) => `"${c}"`).join(', ');
const unnestOf = (columns: readonly (readonly [string, string])[]) => `unnest(${columns.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ')})`;

/** One statement for every evaluation of the recompute; a closed year's rows are never touched. */
const UPSERT_EVALUATIONS = `
  INSERT INTO criteria_evaluation (${names(EVALUATION_COLUMNS)}) SELECT * FROM ${unnestOf(EVALUATION_COLUMNS)}
  ON CONFLICT (unit_code, set_id, year) DO UPDATE SET
    ${EVALUATION_COLUMNS.slice(3).map(([c]) => `"${c}" = EXCLUDED."${c}"`).join(', ')}, computed_at = now()
  WHERE NOT criteria_evaluation.frozen`;

const RESULT_VALUES = RESULT_COLUMNS.slice(4).map(([c]) => `"${c}"`).join(', ');

/** The indicators of the evaluations just written, except those of frozen evaluations; a row
 * that did not change is left alone (most of a recompute's rows), which keeps a recompute mostly
 * index lookups rather than writes. Indicators a new version of a set dropped are deleted when
 * that version is saved (CriteriaOwnSetsService). */
const UPSERT_RESULTS = `
  INSERT INTO criteria_indicator_result AS r (${names(RESULT_COLUMNS)})
  SELECT k.* FROM ${unnestOf(RESULT_COLUMNS)} AS k(${names(RESULT_COLUMNS)})
    JOIN criteria_evaluation e ON e.unit_code = k.unit_code AND e.set_id = k.set_id AND e.year = k.year AND NOT e.frozen
  ON CONFLICT (unit_code, set_id, year, indicator_id) DO UPDATE SET (${RESULT_VALUES}) = (${RESULT_COLUMNS.slice(4).map(([c]) => `EXCLUDED."${c}"`).join(', ')})
  WHERE (${RESULT_COLUMNS.slice(4).map(([c]) => `r."${c}"`).join(', ')}) IS DISTINCT FROM (${RESULT_COLUMNS.slice(4).map(([c]) => `EXCLUDED."${c}"`).join(', ')})`;

const json = (value: unknown) => (value === null || value === undefined ? null : JSON.stringify(value));

export async function writeEvaluations(manager: EntityManager, evaluations: readonly EvaluationToWrite[]): Promise<void> {
  if (evaluations.length === 0) return;
  const rows = evaluations.map(({ unit, score, level, ready, pollCampaignId }) => [
    unit.code, score.setId, score.year, score.setVersion, unit.path, score.column,
    score.met, score.notMet, score.noData, score.total, score.score, score.allMet, level, ready,
    JSON.stringify(score.criteria.map((c) => c.state)), pollCampaignId,
  ]);
  await manager.query(UPSERT_EVALUATIONS, columnsOf(rows, EVALUATION_COLUMNS.length));
  const results = evaluations.flatMap(({ unit, score }) =>
    score.criteria.flatMap((criterion) =>
      criterion.indicators.map((r) => [
        unit.code, score.setId, score.year, r.indicatorId, criterion.number, json(r.value), json(r.threshold), r.state, JSON.stringify(r.source), r.noData ?? null,
        r.source.kind === 'campaign' ? r.source.campaignId : null,
        r.source.kind === 'manual' ? r.source.entryId : null,
      ]),
    ),
  );
  await manager.query(UPSERT_RESULTS, columnsOf(results, RESULT_COLUMNS.length));
}

/** Rows to one array per column, for unnest. */
function columnsOf(rows: readonly unknown[][], width: number): unknown[][] {
  const columns: unknown[][] = Array.from({ length: width }, () => []);
  for (const row of rows) for (let i = 0; i < width; i++) columns[i]!.push(row[i]);
  return columns;
}
