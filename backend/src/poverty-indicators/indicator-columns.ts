import { HOUSEHOLD_FACTS, type HouseholdFact, POVERTY_CLASSES } from '@ntm/shared';

/** durableHousing → durable_housing: the assessment's column of a household fact. */
export const factColumn = (fact: HouseholdFact) => fact.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** The classes the NTM exclusion can leave out of the multidimensional poverty rate. */
export const EXCLUDABLE_CLASSES = ['poor', 'near_poor'] as const;

const classIs = (c: string) => `a.poverty_class = '${c}'`;

/**
 * Every integer tally of a village, as its aggregate over the village's approved assessments `a`:
 * the single list the village statement, the ancestor sums and the reader are generated from.
 */
export const VILLAGE_TALLIES: ReadonlyArray<readonly [column: string, aggregate: string]> = [
  ['reviewed', 'count(*)'],
  ...POVERTY_CLASSES.map((c) => [c, `count(*) FILTER (WHERE ${classIs(c)})`] as const),
  ...EXCLUDABLE_CLASSES.flatMap((c) => [
    [`${c}_social_protection`, `count(*) FILTER (WHERE ${classIs(c)} AND a.social_protection)`] as const,
    [`${c}_by_shock`, `count(*) FILTER (WHERE ${classIs(c)} AND a.impoverished_by_shock)`] as const,
    [`${c}_both_exclusions`, `count(*) FILTER (WHERE ${classIs(c)} AND a.social_protection AND a.impoverished_by_shock)`] as const,
  ]),
  ['income_households', 'count(a.income_yearly)'],
  ['income_members', 'coalesce(sum(a.members) FILTER (WHERE a.income_yearly IS NOT NULL), 0)'],
  ...HOUSEHOLD_FACTS.flatMap((f) => [
    [`${factColumn(f)}_yes`, `count(*) FILTER (WHERE a.${factColumn(f)})`] as const,
    [`${factColumn(f)}_known`, `count(a.${factColumn(f)})`] as const,
  ]),
];

/** Integer columns: the registry count, then the tallies. */
export const COUNT_COLUMNS: readonly string[] = ['households', ...VILLAGE_TALLIES.map(([column]) => column)];

/** JSONB objects of counts keyed by indicator id or movement, summed key by key. */
export const KEYED_COUNT_COLUMNS = ['deprived', 'unknown_indicators', 'movements'] as const;
export type KeyedCountColumn = (typeof KEYED_COUNT_COLUMNS)[number];

/** What a refresh writes (besides the keys and computed_at). */
export const DATA_COLUMNS: readonly string[] = [...COUNT_COLUMNS, 'income_sum', ...KEYED_COUNT_COLUMNS];
