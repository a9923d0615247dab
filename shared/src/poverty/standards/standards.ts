import type { PovertyStandard, PovertyStandardId } from '../standard';
import { ND07_2022_2025 } from './nd07';
import { ND351_2027_2030 } from './nd351';
import { QD59_2016_2020 } from './qd59';

/** Every standard, oldest first; their review years do not overlap. */
export const POVERTY_STANDARDS: readonly PovertyStandard[] = [QD59_2016_2020, ND07_2022_2025, ND351_2027_2030];

/**
 * The standard a review year is assessed under, or null for a year no standard covers (before 2016,
 * after 2030): the caller decides what that means (a campaign for such a year is refused), rather
 * than this function guessing the nearest standard.
 */
export function povertyStandardForYear(year: number): PovertyStandard | null {
  return POVERTY_STANDARDS.find(({ years: { value } }) => year >= value.from && year <= value.to) ?? null;
}

export function povertyStandardById(id: PovertyStandardId): PovertyStandard {
  return POVERTY_STANDARDS.find((standard) => standard.id === id)!;
}
