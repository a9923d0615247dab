import {
  type ExclusionCounts,
  type ExclusionRule,
  HOUSEHOLD_FACTS,
  type FactCount,
  type HouseholdFact,
  POVERTY_CLASSES,
  type PovertyClass,
  type PovertyIndicatorCounts,
  type PovertyIndicatorRowDto,
  povertyIndicatorRates,
  type UnitType,
} from '@ntm/shared';
import { factColumn } from './indicator-columns';

/** A row of poverty_indicator as pg returns it (snake_case), with its unit's name and type. */
export type IndicatorRow = Record<string, unknown> & {
  unit_code: string;
  unit_name: string;
  unit_type: UnitType;
  unit_path: string;
  parent_code: string | null;
  income_sum: string;
  deprived: Record<string, number>;
  unknown_indicators: Record<string, number>;
  movements: Record<string, number>;
  frozen: boolean;
  computed_at: Date;
};

const int = (row: IndicatorRow, column: string) => row[column] as number;

function exclusions(row: IndicatorRow, cls: 'poor' | 'near_poor'): ExclusionCounts {
  return { socialProtection: int(row, `${cls}_social_protection`), impoverishedByShock: int(row, `${cls}_by_shock`), both: int(row, `${cls}_both_exclusions`) };
}

export function toIndicatorCounts(row: IndicatorRow): PovertyIndicatorCounts {
  const fact = (f: HouseholdFact): FactCount => ({ yes: int(row, `${factColumn(f)}_yes`), known: int(row, `${factColumn(f)}_known`) });
  return {
    households: int(row, 'households'),
    reviewed: int(row, 'reviewed'),
    classes: Object.fromEntries(POVERTY_CLASSES.map((c) => [c, int(row, c)])) as Record<PovertyClass, number>,
    excluded: { poor: exclusions(row, 'poor'), nearPoor: exclusions(row, 'near_poor') },
    deprived: row.deprived,
    unknownIndicators: row.unknown_indicators,
    income: { households: int(row, 'income_households'), members: int(row, 'income_members'), yearlySum: row.income_sum },
    facts: Object.fromEntries(HOUSEHOLD_FACTS.map((f) => [f, fact(f)])) as Record<HouseholdFact, FactCount>,
    movements: row.movements,
  };
}

export function toIndicatorRowDto(row: IndicatorRow, rule: ExclusionRule): PovertyIndicatorRowDto {
  const counts = toIndicatorCounts(row);
  return {
    unit: { code: row.unit_code, name: row.unit_name, type: row.unit_type },
    counts,
    rates: povertyIndicatorRates(counts, rule),
    computedAt: row.computed_at.toISOString(),
  };
}
