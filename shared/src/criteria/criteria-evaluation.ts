import type { CampaignKind } from '../surveys/campaign';
import type { RuleStatus } from '../poverty/standard';
import type { Comparison, ThresholdColumn } from './criteria-set';

/** "no data" is its own state, never counted as met. */
export type IndicatorState = 'met' | 'not_met' | 'no_data';

/** Why an indicator has no data: no value yet, no threshold (unknown nationally and not set by the
 * province), or no threshold column (a region-scheme commune whose region is not set). */
export type NoDataReason = 'no_value' | 'no_threshold' | 'no_column';

/** Where an indicator's value came from, kept with every stored result for traceability. */
export type ValueSource =
  | { kind: 'campaign'; campaignId: string; campaignName: string; campaignKind: CampaignKind; year: number }
  | { kind: 'manual'; entryId: string; enteredBy: string; enteredAt: string }
  | { kind: 'none' };

/** A value offered to the evaluator for one indicator of one unit and year. */
export type CriteriaValueInput = { value: number | boolean | null; source: ValueSource };

export type ThresholdOrigin = 'national' | 'provincial';

/** The threshold applied: its value, whether the province set it, and the national status. */
export type AppliedThreshold = { value: number | boolean; origin: ThresholdOrigin; column: ThresholdColumn; fromYear: number; status: RuleStatus };

export type IndicatorResult = {
  indicatorId: string;
  comparison: Comparison;
  value: number | boolean | null;
  threshold: AppliedThreshold | null;
  state: IndicatorState;
  /** Set when `state` is `no_data`. */
  noData?: NoDataReason;
  source: ValueSource;
};

export type CriterionResult = { number: number; state: IndicatorState; indicators: IndicatorResult[] };

/** One unit's evaluation against one set in one year. `score` is met / total in hundredths of a
 * percent (integer, half-up), as every rate of the product. */
export type UnitCriteriaScore = {
  setId: string;
  setVersion: number;
  year: number;
  column: ThresholdColumn | null;
  met: number;
  notMet: number;
  noData: number;
  total: number;
  score: number;
  /** Every criterion met. */
  allMet: boolean;
  criteria: CriterionResult[];
};

/** The level a commune reached in a year: none, NTM, and for 2021–2025 advanced and model. */
export type CommuneLevel = 'none' | 'ntm' | 'advanced' | 'model';
