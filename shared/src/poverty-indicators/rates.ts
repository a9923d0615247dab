import { INDICATOR_IDS } from '../poverty/indicators/indicator';
import { inVocabularyOrder } from './indicator-labels';
import type { ExclusionRule } from '../poverty-review/review-settings';
import { type ExclusionCounts, HOUSEHOLD_FACTS, type HouseholdFact, type PovertyIndicatorCounts } from './indicator-counts';

/** A percentage with two decimals (5.71 means 5.71 %), or null when there is nothing to divide by. */
export type Percent = number | null;

export type PovertyIndicatorRates = {
  poor: Percent;
  nearPoor: Percent;
  average: Percent;
  /** (poor + near-poor) / households: the national "tỷ lệ nghèo đa chiều". */
  multidimensional: Percent;
  /** The same with the NTM exclusion applied to the numerator; households stay in the denominator. */
  ntm: { excluded: number; multidimensional: Percent };
  deprivation: Record<string, Percent>;
  /** Σ income / Σ members of the households with a known income, in million đồng. */
  incomePerHead: { perMonth: number; perYear: number } | null;
  facts: Record<HouseholdFact, Percent>;
};

/** part / whole rounded half up to `decimals` places, in exact integer arithmetic (counts and đồng
 * sums may exceed 2^53 once multiplied). Null when whole is 0. */
export function roundedRatio(part: bigint | number, whole: bigint | number, decimals = 2): number | null {
  const d = BigInt(whole);
  if (d === 0n) return null;
  const scale = 10n ** BigInt(decimals);
  const scaled = (2n * BigInt(part) * scale + d) / (2n * d);
  return Number(scaled) / Number(scale);
}

/** A rate in percent with two decimals. */
export function percent(part: number, whole: number): Percent {
  return roundedRatio(part * 100, whole);
}

/** How many households of one class the rule leaves out (inclusion–exclusion over the two flags). */
export function excludedBy(counts: ExclusionCounts, rule: ExclusionRule): number {
  if (rule.excludeSocialProtection && rule.excludeImpoverishedByShock) return counts.socialProtection + counts.impoverishedByShock - counts.both;
  if (rule.excludeSocialProtection) return counts.socialProtection;
  if (rule.excludeImpoverishedByShock) return counts.impoverishedByShock;
  return 0;
}

const MILLION = 1_000_000n;

export function incomePerHead(income: PovertyIndicatorCounts['income']): PovertyIndicatorRates['incomePerHead'] {
  if (income.members === 0) return null;
  const sum = BigInt(income.yearlySum);
  const members = BigInt(income.members);
  return { perMonth: roundedRatio(sum, members * 12n * MILLION)!, perYear: roundedRatio(sum, members * MILLION)! };
}

/** The indicator ids a row has counts for, in the standards' order. */
export function indicatorIdsOf(counts: Pick<PovertyIndicatorCounts, 'deprived' | 'unknownIndicators'>): string[] {
  return inVocabularyOrder([...Object.keys(counts.deprived), ...Object.keys(counts.unknownIndicators)], INDICATOR_IDS);
}

/** Share of households deprived in each indicator (by default those the row has counts for), among
 * those whose answer for it is known (a screened-out household was never assessed on the indicators). */
export function deprivationRates(counts: PovertyIndicatorCounts, ids = indicatorIdsOf(counts)): Record<string, Percent> {
  const assessed = counts.reviewed - counts.classes.screened_out;
  return Object.fromEntries(ids.map((id) => [id, percent(counts.deprived[id] ?? 0, assessed - (counts.unknownIndicators[id] ?? 0))]));
}

/** Every rate of a row, from its stored counts and the exclusion rule in force. */
export function povertyIndicatorRates(counts: PovertyIndicatorCounts, rule: ExclusionRule): PovertyIndicatorRates {
  const { households, classes } = counts;
  const poorOrNearPoor = classes.poor + classes.near_poor;
  const excluded = excludedBy(counts.excluded.poor, rule) + excludedBy(counts.excluded.nearPoor, rule);
  return {
    poor: percent(classes.poor, households),
    nearPoor: percent(classes.near_poor, households),
    average: percent(classes.average, households),
    multidimensional: percent(poorOrNearPoor, households),
    ntm: { excluded, multidimensional: percent(poorOrNearPoor - excluded, households) },
    deprivation: deprivationRates(counts),
    incomePerHead: incomePerHead(counts.income),
    facts: Object.fromEntries(HOUSEHOLD_FACTS.map((fact) => [fact, percent(counts.facts[fact].yes, counts.facts[fact].known)])) as Record<HouseholdFact, Percent>,
  };
}
