import type { RuleStatus } from '../../poverty/standard';
import { roundedRatio } from '../../poverty-indicators/rates';
import type { NtmRegion } from '../../units/ntm-region';
import type { Comparison, CriteriaFeed, CriteriaIndicator, Criterion, ThresholdColumn, ThresholdStep } from '../criteria-set';

export type Thresholds = Partial<Record<ThresholdColumn, ThresholdStep[]>>;

/** One indicator as written in a set file: a qualitative (yes/no, manual) indicator by default. */
export type IndicatorSpec = {
  id: string;
  name: string;
  unit?: string;
  comparison?: Comparison;
  feed?: CriteriaFeed;
  thresholds?: Thresholds;
  status?: RuleStatus;
  /** Appended to the criterion's legal basis (e.g. why a value is only a placeholder). */
  note?: string;
};

export type CriterionOptions = {
  /** The legal basis of criterion `number` (article, annex). */
  basis: (number: number) => string;
  /** Status of yes/no indicators, which need no threshold: "verified" when the indicator list is. */
  yesNoStatus: RuleStatus;
};

export type CriterionBuilder = (number: number, name: string, specs: IndicatorSpec[]) => Criterion;

/** Builds the criteria of one set: numeric indicators without a known threshold stay "to confirm". */
export function criterionBuilder(options: CriterionOptions): CriterionBuilder {
  return (number, name, specs) => {
    const basis = options.basis(number);
    return { number, name, indicators: specs.map((spec) => indicatorOf(spec, basis, options.yesNoStatus)) };
  };
}

function indicatorOf(spec: IndicatorSpec, basis: string, yesNoStatus: RuleStatus): CriteriaIndicator {
  const comparison = spec.comparison ?? 'yes_no';
  return {
    id: spec.id,
    name: spec.name,
    unit: spec.unit ?? '',
    comparison,
    thresholds: spec.thresholds ?? {},
    source: spec.feed ? { kind: 'feed', feed: spec.feed } : { kind: 'manual' },
    legalBasis: spec.note ? `${basis}. ${spec.note}` : basis,
    status: spec.status ?? (comparison === 'yes_no' ? yesNoStatus : 'to_confirm'),
  };
}

/** A percentage indicator entered by the responsible agency (`≥` unless told). */
export const percentSpec = (id: string, name: string, extra: Partial<IndicatorSpec> = {}): IndicatorSpec => ({ id, name, unit: '%', comparison: 'gte', ...extra });

/** The same value for every column, from a year on. */
export const everywhere = (value: number, fromYear: number): Thresholds => ({ ALL: [{ fromYear, value }] });

/** One value per region and year: `values[region][i]` applies from `years[i]`. */
export function byRegionAndYear(years: readonly number[], values: Readonly<Record<NtmRegion, readonly number[]>>): Thresholds {
  return Object.fromEntries(
    Object.entries(values).map(([region, row]) => [region, row.map((value, index) => ({ fromYear: years[index], value }))]),
  );
}

/** Every numeric step multiplied by `percentOf` / 100, rounded half up to two decimals (e.g. the
 * model commune's income, 110 % of the advanced commune's threshold). */
export function scaledThresholds(thresholds: Thresholds, percentOf: number): Thresholds {
  return Object.fromEntries(
    Object.entries(thresholds).map(([column, steps]) => [
      column,
      (steps ?? []).map(({ fromYear, value }) => ({ fromYear, value: typeof value === 'number' ? roundedRatio(Math.round(value * 100) * percentOf, 10_000)! : value })),
    ]),
  );
}
