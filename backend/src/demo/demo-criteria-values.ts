import {
  appliedThreshold,
  type CriteriaIndicator,
  type CriteriaSet,
  type ThresholdColumn,
  thresholdColumnOf,
  type ThresholdOverride,
  type UnitProfile,
} from '@ntm/shared';
import { type Random, seededRandom } from './seeded-random';

export type DemoUnit = UnitProfile & { code: string; type: 'commune' | 'village' };
export type DemoValue = { unitCode: string; setId: string; indicatorId: string; year: number; value: number | boolean };

/**
 * A province value for every numeric indicator with no national threshold in a column the demo's
 * units use (the "to confirm" ones), from the set's first year: percentages ≥ 80 (or ≤ 20), counts ≥ 1.
 */
export function demoThresholds(set: CriteriaSet, columns: readonly ThresholdColumn[]): ThresholdOverride[] {
  return set.criteria.flatMap((criterion) =>
    criterion.indicators.flatMap((indicator) =>
      indicator.comparison === 'yes_no'
        ? []
        : columns.filter((column) => !appliedThreshold(indicator, column, set.fromYear, [])).map((column) => ({ indicatorId: indicator.id, column, fromYear: set.fromYear, value: defaultThreshold(indicator) })),
    ),
  );
}

function defaultThreshold({ comparison, unit }: CriteriaIndicator): number {
  if (unit === '%') return comparison === 'lte' ? 20 : 80;
  return comparison === 'lte' ? 10 : 1;
}

/**
 * Values of one unit for one set and year such that exactly the criteria in `met` are met: every
 * indicator of a met criterion meets its threshold; a criterion not met fails on its first
 * indicator. Values are drawn around the applied threshold (2 decimals).
 */
export function demoValues(set: CriteriaSet, unit: DemoUnit, year: number, met: ReadonlySet<number>, overrides: readonly ThresholdOverride[], random: Random): DemoValue[] {
  const column = thresholdColumnOf(set.scheme, unit);
  return set.criteria.flatMap((criterion) =>
    criterion.indicators.map((indicator, i) => {
      const meets = met.has(criterion.number) || i > 0;
      const threshold = column ? appliedThreshold(indicator, column, year, overrides)?.value : undefined;
      return { unitCode: unit.code, setId: set.id, indicatorId: indicator.id, year, value: valueFor(indicator, threshold, meets, random()) };
    }),
  );
}

const round2 = (n: number) => Math.round(n * 100) / 100;

function valueFor({ comparison, unit }: CriteriaIndicator, threshold: number | boolean | undefined, meets: boolean, r: number): number | boolean {
  if (comparison === 'yes_no' || typeof threshold !== 'number') return meets;
  switch (comparison) {
    case 'gte': {
      const ceiling = unit === '%' ? Math.max(threshold, 100) : threshold * 1.4 + 1;
      return round2(meets ? threshold + (ceiling - threshold) * r : threshold * (0.55 + 0.4 * r));
    }
    case 'lte':
      return round2(meets ? threshold * (0.3 + 0.7 * r) : threshold * (1.1 + 0.8 * r) + 0.5);
    case 'eq':
      return meets ? threshold : threshold + 1;
  }
}

/** The criteria met when `count` of them are: the unit keeps failing the same ones (a seeded
 * order fixed per unit), so it improves year after year rather than at random. */
export function criteriaMet(set: CriteriaSet, unitCode: string, count: number): Set<number> {
  const random = seededRandom(hashCode(`${unitCode}:${set.id}`));
  const order = set.criteria.map((c) => c.number);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return new Set(order.slice(set.criteria.length - Math.max(0, Math.min(count, set.criteria.length))));
}

export function hashCode(text: string): number {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) >>> 0;
  return h;
}
