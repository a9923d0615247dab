import type { AppliedThreshold, CommuneLevel, IndicatorState, NoDataReason, ThresholdColumn, ValueSource } from '@ntm/shared';

export type EvaluationRow = {
  unit_code: string;
  set_version: number;
  year: number;
  column: ThresholdColumn | null;
  met: number;
  not_met: number;
  no_data: number;
  total: number;
  score: number;
  all_met: boolean;
  level: CommuneLevel;
  ready: boolean;
  states: IndicatorState[];
  poll_campaign_id: string | null;
  frozen: boolean;
  computed_at: Date;
};

export type ResultRow = {
  indicator_id: string;
  value: number | boolean | null;
  threshold: AppliedThreshold | null;
  state: IndicatorState;
  no_data_reason: NoDataReason | null;
  source: ValueSource;
  manual_value_id: string | null;
};

export const EVALUATION = `SELECT * FROM criteria_evaluation WHERE unit_code = $1 AND set_id = $2 AND year = $3`;

export const RESULTS = `
  SELECT indicator_id, value, threshold, state, no_data_reason, source, manual_value_id FROM criteria_indicator_result
   WHERE unit_code = $1 AND set_id = $2 AND year = $3`;

export const HISTORY = `SELECT year, met, total, level, frozen FROM criteria_evaluation WHERE unit_code = $1 AND set_id = $2 ORDER BY year`;

/** The unit's villages, with their own score when a village set is asked for. */
export const VILLAGES = `
  SELECT u.code, u.name, u.type, e.met, e.total
    FROM administrative_unit u LEFT JOIN criteria_evaluation e ON e.unit_code = u.code AND e.set_id = $2 AND e.year = $3
   WHERE u.parent_code = $1 AND u.type = 'village' ORDER BY u.code`;

export const POLL = `
  SELECT r.campaign_id, c.name AS campaign_name, c.year, r.verdict, r.coverage, r.average
    FROM poll_result_unit r JOIN campaign c ON c.id = r.campaign_id WHERE r.campaign_id = $1 AND r.unit_code = $2`;
