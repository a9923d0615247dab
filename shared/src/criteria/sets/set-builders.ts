import type { RuleStatus } from '../../poverty/standard';
import { roundedRatio } from '../../poverty-indicators/rates';
import type { NtmRegion } from '../../units/ntm-region';
import type { Comparison, CriteriaFeed, CriteriaIndicator, CriteriaSet, Criterion, ThresholdColumn, ThresholdStep } from '../criteria-set';

export type Thresholds = Partial<Record<ThresholdColumn, ThresholdStep[]>>;

/** One indicator as written in a set file: its name alone for a qualitative (yes/no, manual)
 * indicator; its id is `<criterion>.<position>`, as the decisions number them. */
export type IndicatorSpec = string | NumericSpec;

export type NumericSpec = {
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

export type CriterionBuilder = (number: number, name: string, specs: readonly IndicatorSpec[]) => Criterion;

/** Builds the criteria of one set: numeric indicators without a known threshold stay "to confirm". */
export function criterionBuilder(options: CriterionOptions): CriterionBuilder {
  return (number, name, specs) => {
    const basis = options.basis(number);
    const indicators = specs.map((spec, index) => indicatorOf(`${number}.${index + 1}`, typeof spec === 'string' ? { name: spec } : spec, basis, options.yesNoStatus));
    return { number, name, indicators };
  };
}

function indicatorOf(id: string, spec: NumericSpec, basis: string, yesNoStatus: RuleStatus): CriteriaIndicator {
  const comparison = spec.comparison ?? 'yes_no';
  return {
    id,
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
export const pct = (name: string, extra: Partial<NumericSpec> = {}): NumericSpec => ({ name, unit: '%', comparison: 'gte', ...extra });

/** Rural income per head, fed by the income survey or the household review. */
export const incomeSpec = (name: string, extra: Partial<NumericSpec> = {}): NumericSpec => ({ name, unit: 'triệu đồng/người/năm', comparison: 'gte', feed: 'income.perHead', ...extra });

/** The multidimensional poverty rate, fed by the household review (with the province's NTM exclusions). */
export const povertySpec = (name: string, extra: Partial<NumericSpec> = {}): NumericSpec => pct(name, { comparison: 'lte', feed: 'poverty.multidimensionalRate', ...extra });

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

/** A province's template (a village set): one column, every threshold the province's to set
 * ("to confirm" throughout), adopted with `adoptCriteriaSet`. */
export function villageTemplate(head: Pick<CriteriaSet, 'id' | 'name' | 'tier' | 'legalBasis'>, criteria: (c: CriterionBuilder) => Criterion[]): CriteriaSet {
  const c = criterionBuilder({ basis: (number) => `${head.legalBasis}, tiêu chí số ${number}`, yesNoStatus: 'to_confirm' });
  return { ...head, version: 1, unitLevel: 'village', fromYear: 2021, toYear: 2030, scheme: 'single', status: 'to_confirm', provinceCode: null, criteria: criteria(c) };
}
