import { type CriteriaSet, type CriteriaSetSummary, indicatorsOfSet, SCHEME_COLUMNS, type ThresholdColumn, type ThresholdRow } from '@ntm/shared';

export type ProvincialRow = { set_id: string; indicator_id: string; column: ThresholdColumn; from_year: number; value: number | boolean; note: string; set_by: string; set_at: Date };

export function toSetSummary(set: CriteriaSet, provincial: readonly Pick<ProvincialRow, 'set_id' | 'indicator_id'>[]): CriteriaSetSummary {
  const setByProvince = new Set(provincial.filter((r) => r.set_id === set.id).map((r) => r.indicator_id));
  const indicators = indicatorsOfSet(set);
  return {
    id: set.id,
    version: set.version,
    name: set.name,
    unitLevel: set.unitLevel,
    tier: set.tier,
    fromYear: set.fromYear,
    toYear: set.toYear,
    provinceCode: set.provinceCode,
    criteria: set.criteria.length,
    indicators: indicators.length,
    toConfirm: indicators.filter((i) => i.status === 'to_confirm' && i.comparison !== 'yes_no' && !setByProvince.has(i.id)).length,
  };
}

/** Indicator id → one row per column: the national steps and the province's beside them. */
export function thresholdRows(set: CriteriaSet, provincial: readonly ProvincialRow[]): Record<string, ThresholdRow[]> {
  const columns = SCHEME_COLUMNS[set.scheme];
  return Object.fromEntries(
    indicatorsOfSet(set).map((indicator) => [
      indicator.id,
      columns.map((column) => ({
        column,
        national: indicator.thresholds[column] ?? [],
        provincial: provincial
          .filter((r) => r.set_id === set.id && r.indicator_id === indicator.id && r.column === column)
          .map((r) => ({ fromYear: r.from_year, value: r.value, setBy: r.set_by, setAt: r.set_at.toISOString(), note: r.note })),
      })),
    ]),
  );
}
