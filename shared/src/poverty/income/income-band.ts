import type { IncomeLines, ResidenceArea } from '../standard';

/**
 * Where a household's income falls against a standard's lines:
 * - `income_only_poor`: at or under the lower tier of Decision 59/2015 (poor whatever its deprivations);
 * - `within_line`: at or under the poverty line ("từ … trở xuống");
 * - `average_band`: over the line and at or under the average living standard's upper bound ("trên X đến Y");
 * - `above`: over that bound.
 */
export const INCOME_BANDS = ['income_only_poor', 'within_line', 'average_band', 'above'] as const;
export type IncomeBand = (typeof INCOME_BANDS)[number];

/** Upper limits of the bands, in the unit the comparison uses (đồng per person per month, or B1 points). */
export type BandLimits = { readonly incomeOnlyPoor: number | null; readonly line: number; readonly averageUpper: number };

export const BAND_LIMIT_KEYS = ['incomeOnlyPoor', 'line', 'averageUpper'] as const;
export type BandLimitKey = (typeof BAND_LIMIT_KEYS)[number];

const BAND_OF_LIMIT: Readonly<Record<BandLimitKey, IncomeBand>> = { incomeOnlyPoor: 'income_only_poor', line: 'within_line', averageUpper: 'average_band' };

export function monthlyLimits(lines: IncomeLines, area: ResidenceArea): BandLimits {
  return { incomeOnlyPoor: lines.incomeOnlyPoor?.value[area] ?? null, line: lines.line.value[area], averageUpper: lines.averageUpper.value[area] };
}

export type BandStep = { readonly key: BandLimitKey; readonly limit: number; readonly within: boolean };

/** Compares with each limit from the lowest until one holds; returns the band and the comparisons made. */
export function incomeBand(limits: BandLimits, isWithin: (limit: number) => boolean): { band: IncomeBand; steps: BandStep[] } {
  const steps: BandStep[] = [];
  for (const key of BAND_LIMIT_KEYS) {
    const limit = limits[key];
    if (limit === null) continue;
    const within = isWithin(limit);
    steps.push({ key, limit, within });
    if (within) return { band: BAND_OF_LIMIT[key], steps };
  }
  return { band: 'above', steps };
}
