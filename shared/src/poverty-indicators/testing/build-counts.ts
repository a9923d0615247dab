import { POVERTY_CLASSES, type PovertyClass } from '../../households/poverty-class';
import { type ExclusionCounts, HOUSEHOLD_FACTS, type HouseholdFact, type PovertyIndicatorCounts } from '../indicator-counts';

export const noExclusions = (): ExclusionCounts => ({ socialProtection: 0, impoverishedByShock: 0, both: 0 });

/** A row of counts for tests: zero everywhere but what the test sets; `reviewed` = Σ classes. */
export function buildCounts(overrides: Partial<Omit<PovertyIndicatorCounts, 'classes'>> & { classes?: Partial<Record<PovertyClass, number>> } = {}): PovertyIndicatorCounts {
  const { classes, ...rest } = overrides;
  const allClasses = Object.fromEntries(POVERTY_CLASSES.map((c) => [c, classes?.[c] ?? 0])) as Record<PovertyClass, number>;
  return {
    households: 0,
    reviewed: Object.values(allClasses).reduce((a, b) => a + b, 0),
    excluded: { poor: noExclusions(), nearPoor: noExclusions() },
    deprived: {},
    unknownIndicators: {},
    income: { households: 0, members: 0, yearlySum: '0' },
    facts: Object.fromEntries(HOUSEHOLD_FACTS.map((f) => [f, { yes: 0, known: 0 }])) as Record<HouseholdFact, { yes: number; known: number }>,
    movements: {},
    ...rest,
    classes: allClasses,
  };
}
