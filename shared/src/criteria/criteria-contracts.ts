import type { UnitRef } from '../api/survey-contracts';
import type { PollVerdict } from '../polls/poll-rates';
import type { RuleStatus } from '../poverty/standard';
import type { CriteriaIndicator, CriteriaLevelOfUnit, CriteriaSet, CriteriaTier, ThresholdColumn, ThresholdStep } from './criteria-set';
import type { CommuneLevel, IndicatorState, NoDataReason, UnitCriteriaScore, ValueSource } from './criteria-evaluation';

/** GET /api/criteria/sets?year= : the sets the caller's province uses (national and its own). */
export type CriteriaSetSummary = {
  id: string;
  version: number;
  name: string;
  unitLevel: CriteriaLevelOfUnit;
  tier: CriteriaTier;
  fromYear: number;
  toYear: number;
  provinceCode: string | null;
  criteria: number;
  indicators: number;
  /** Indicators whose applied threshold is still "to confirm" and not set by the province. */
  toConfirm: number;
};

/** One row of the threshold table: the national column and the province's column beside it. */
export type ThresholdRow = {
  column: ThresholdColumn;
  national: ThresholdStep[];
  provincial: (ThresholdStep & { setBy: string; setAt: string; note: string })[];
};

/** GET /api/criteria/sets/:id?province= */
export type CriteriaSetDetail = {
  set: CriteriaSet;
  provinceCode: string;
  thresholds: Record<string, ThresholdRow[]>;
};

/** PUT /api/criteria/thresholds (province admin, audited); `value: null` removes the province's value. */
export type SetThresholdRequest = {
  provinceCode: string;
  setId: string;
  indicatorId: string;
  column: ThresholdColumn;
  fromYear: number;
  value: number | boolean | null;
  note: string;
};

/** POST /api/criteria/manual-values: an agency's value with its evidence (file or link, note, date). */
export type ManualValueRequest = {
  unitCode: string;
  setId: string;
  indicatorId: string;
  year: number;
  value: number | boolean;
  note: string;
  evidenceDate: string;
  evidenceUrl?: string;
  /** From POST /api/criteria/evidence (multipart, field `file`). */
  evidenceFileId?: string;
};

/** POST /api/criteria/own-sets (province admin, audited): a province's own set, saved as a new version. */
export type OwnSetRequest = { provinceCode: string; set: CriteriaSet };

/** POST /api/criteria/evidence?unit= (multipart field `file`, 10 MB at most). */
export type EvidenceFileDto = { id: string; name: string; size: number; mime: string };

/** POST /api/criteria/years/close and /years/reopen (admin, audited; `reason` required to reopen). */
export type CloseYearRequest = { provinceCode: string; year: number; reason?: string };
export type ClosedYearDto = { provinceCode: string; year: number; closed: boolean; evaluations: number };

export type ManualValueDto = {
  id: string;
  unitCode: string;
  setId: string;
  indicatorId: string;
  year: number;
  value: number | boolean;
  note: string;
  evidenceDate: string;
  evidenceUrl: string | null;
  evidenceFile: { id: string; name: string; size: number } | null;
  enteredBy: string;
  enteredAt: string;
};

/** Every value the commune page shows for an indicator, with its threshold and where it came from. */
export type IndicatorView = {
  indicator: Pick<CriteriaIndicator, 'id' | 'name' | 'unit' | 'comparison' | 'source' | 'legalBasis' | 'status'>;
  value: number | boolean | null;
  threshold: { value: number | boolean; origin: 'national' | 'provincial'; status: RuleStatus } | null;
  state: IndicatorState;
  /** Why the state is `no_data` (null otherwise): no value, no threshold, or no threshold column. */
  noData: NoDataReason | null;
  source: ValueSource;
  /** The manual entry behind the value, with its evidence. */
  manual: ManualValueDto | null;
};

export type CriterionView = { number: number; name: string; state: IndicatorState; indicators: IndicatorView[] };

export type PollHeadline = { campaignId: string; campaignName: string; year: number; verdict: PollVerdict; coverage: number | null; average: number | null };

/** GET /api/criteria/units/:code?set=&year= (a commune, or a village for a village set). */
export type UnitCriteriaPage = {
  unit: UnitRef;
  parentCode: string | null;
  set: CriteriaSetSummary;
  year: number;
  score: Omit<UnitCriteriaScore, 'criteria'>;
  level: CommuneLevel;
  /** All criteria met and the latest finalised satisfaction poll is valid and passed. */
  readyForRecognition: boolean;
  poll: PollHeadline | null;
  criteria: CriterionView[];
  /** Score per year for the history chart, from the kept yearly evaluations. */
  history: { year: number; met: number; total: number; level: CommuneLevel; frozen: boolean }[];
  /** The unit's villages with their feed values (and their own score for a village set). */
  villages: { unit: UnitRef; met: number | null; total: number | null }[];
  computedAt: string | null;
  frozen: boolean;
};

/** GET /api/criteria/trace?unit=&set=&year=&indicator= : criterion → indicator → campaign →
 * villages → responses. */
export type IndicatorTrace = {
  unit: UnitRef;
  indicatorId: string;
  value: number | boolean | null;
  source: ValueSource;
  /** For a fed value: the campaign's figure per village, and where its responses are listed. */
  villages: { unit: UnitRef; value: number | boolean | null; numerator: number | null; denominator: number | null; responsesUrl: string }[];
  formula: string;
};

/** A target of a steering committee, as data (e.g. "94 of 127 communes NTM by 2025"). */
export const TARGET_METRICS = [
  'communes_at_level',
  'average_criteria_met',
  'communes_below_criteria',
  'communes_meeting_criterion',
  'villages_at_level',
] as const;
export type TargetMetric = (typeof TARGET_METRICS)[number];

export type TargetDto = {
  id: string;
  unitCode: string;
  setId: string;
  label: string;
  metric: TargetMetric;
  /** `communes_at_level`/`villages_at_level`: the level; `communes_meeting_criterion`: the
   * criterion number; `communes_below_criteria`: the minimum number of criteria. */
  parameter: string | null;
  fromYear: number;
  toYear: number;
  baseline: number | null;
  target: number;
  /** The actual per year of the period up to the year asked for (the trend). */
  actual: { year: number; value: number | null }[];
  /** Total units the metric counts over (e.g. communes of the province), for "94 of 127". */
  outOf: number | null;
};

export type TargetRequest = Omit<TargetDto, 'id' | 'actual' | 'outOf'>;

/** One commune's row of the dashboard grid: the state of each criterion. */
export type GridRow = { unit: UnitRef; met: number; total: number; level: CommuneLevel; readyForRecognition: boolean; states: IndicatorState[] };

/** GET /api/criteria/dashboard?unit=&set=&year= */
export type CriteriaDashboard = {
  unit: UnitRef;
  set: CriteriaSetSummary;
  year: number;
  years: number[];
  criteria: { number: number; name: string; met: number; notMet: number; noData: number }[];
  levels: Record<CommuneLevel, number>;
  /** Communes by number of criteria met, index = criteria met (0..total). */
  distribution: number[];
  averageMet: number | null;
  grid: GridRow[];
  targets: TargetDto[];
  /** The years the province has closed (frozen snapshots), oldest first. */
  closedYears: number[];
  headline: {
    communes: number;
    evaluated: number;
    multidimensionalPovertyRate: number | null;
    incomePerHead: number | null;
    pollsPassed: number;
    pollsFailed: number;
    pollsInvalid: number;
    noPoll: number;
  };
  computedAt: string | null;
};

/** POST /api/criteria/recompute (admin): a province or a commune; `year` omitted = every year of
 * every set up to the current one. */
export type RecomputeCriteriaRequest = { unitCode: string; year?: number };
export type RecomputeCriteriaResult = { units: number; years: number[]; seconds: number };
