import { roundedRatio } from '../poverty-indicators/rates';
import type { AppliedThreshold, CriteriaValueInput, CriterionResult, IndicatorResult, IndicatorState, UnitCriteriaScore } from './criteria-evaluation';
import type { Comparison, CriteriaIndicator, CriteriaSet, ThresholdColumn, ThresholdOverride, ThresholdScheme, ThresholdStep, UnitProfile } from './criteria-set';

/**
 * The column of thresholds that applies to a unit. Decision 318 art. 1: particularly difficult
 * communes use the TDMNPB thresholds whatever their region; without a region there is no column.
 * Decision 51/2025: a commune the province has not put in a group is "all others", group 2.
 */
export function thresholdColumnOf(scheme: ThresholdScheme, profile: UnitProfile): ThresholdColumn | null {
  switch (scheme) {
    case 'region':
      if (profile.particularlyDifficult) return 'TDMNPB';
      return profile.ntmRegion;
    case 'group':
      return `G${profile.communeGroup ?? 2}`;
    case 'single':
      return 'ALL';
  }
}

/** The latest step in force in `year` (steps may come in any order). */
function stepInForce<T extends ThresholdStep>(steps: readonly T[], year: number): T | null {
  return steps.filter((step) => step.fromYear <= year).reduce<T | null>((latest, step) => (latest && latest.fromYear >= step.fromYear ? latest : step), null);
}

/**
 * The threshold applied to an indicator in a year: the province's value for the column wins from
 * its `fromYear` on (its latest such step), else the national latest step; a column missing on the
 * indicator falls back to `ALL`, on either side.
 */
export function appliedThreshold(indicator: CriteriaIndicator, column: ThresholdColumn, year: number, provincialSteps: readonly ThresholdOverride[]): AppliedThreshold | null {
  const own = provincialSteps.filter((step) => step.indicatorId === indicator.id);
  const provincialColumn = own.some((step) => step.column === column) ? column : 'ALL';
  const provincial = stepInForce(own.filter((step) => step.column === provincialColumn), year);
  if (provincial) return { value: provincial.value, origin: 'provincial', column: provincialColumn, fromYear: provincial.fromYear, status: indicator.status };
  const nationalColumn = indicator.thresholds[column] ? column : 'ALL';
  const national = stepInForce(indicator.thresholds[nationalColumn] ?? [], year);
  if (national) return { value: national.value, origin: 'national', column: nationalColumn, fromYear: national.fromYear, status: indicator.status };
  return null;
}

/** Values and thresholds are two-decimal numbers, compared exactly as given. A yes/no indicator
 * needs no threshold: it is met when the value is `true`. A value of the wrong type is no data. */
export function indicatorState(comparison: Comparison, value: number | boolean | null, threshold: number | boolean | null): IndicatorState {
  if (value === null) return 'no_data';
  if (comparison === 'yes_no') return typeof value === 'boolean' ? (value ? 'met' : 'not_met') : 'no_data';
  if (typeof value !== 'number' || typeof threshold !== 'number') return 'no_data';
  const met = comparison === 'gte' ? value >= threshold : comparison === 'lte' ? value <= threshold : value === threshold;
  return met ? 'met' : 'not_met';
}

function indicatorResult(indicator: CriteriaIndicator, column: ThresholdColumn | null, year: number, input: CriteriaValueInput | undefined, overrides: readonly ThresholdOverride[]): IndicatorResult {
  const value = input?.value ?? null;
  const source = input?.source ?? { kind: 'none' };
  const threshold = column === null ? null : appliedThreshold(indicator, column, year, overrides);
  const state = indicatorState(indicator.comparison, value, threshold?.value ?? null);
  const result: IndicatorResult = { indicatorId: indicator.id, comparison: indicator.comparison, value, threshold, state, source };
  if (state !== 'no_data') return result;
  const noData = value === null ? 'no_value' : column === null && indicator.comparison !== 'yes_no' ? 'no_column' : 'no_threshold';
  return { ...result, noData };
}

/** A criterion is met when every indicator is; one not met outweighs missing data, which is never met. */
export function criterionState(states: readonly IndicatorState[]): IndicatorState {
  if (states.includes('not_met')) return 'not_met';
  if (states.includes('no_data')) return 'no_data';
  return 'met';
}

/** One unit's evaluation against one set in one year; `overrides` are the province's thresholds for this set. */
export function evaluateUnitCriteria(
  set: CriteriaSet,
  profile: UnitProfile,
  year: number,
  inputs: Readonly<Record<string, CriteriaValueInput>>,
  overrides: readonly ThresholdOverride[],
): UnitCriteriaScore {
  const column = thresholdColumnOf(set.scheme, profile);
  const criteria: CriterionResult[] = set.criteria.map((criterion) => {
    const indicators = criterion.indicators.map((indicator) => indicatorResult(indicator, column, year, inputs[indicator.id], overrides));
    return { number: criterion.number, state: criterionState(indicators.map((result) => result.state)), indicators };
  });
  const count = (state: IndicatorState) => criteria.filter((criterion) => criterion.state === state).length;
  const met = count('met');
  const total = criteria.length;
  return {
    setId: set.id,
    setVersion: set.version,
    year,
    column,
    met,
    notMet: count('not_met'),
    noData: count('no_data'),
    total,
    score: roundedRatio(met * 10_000, total, 0) ?? 0,
    allMet: total > 0 && met === total,
    criteria,
  };
}
