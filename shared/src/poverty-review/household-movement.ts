import type { PovertyClass } from '../households/poverty-class';

/**
 * How a household's recognised class changed since the previous year's recognition. Each household
 * has exactly one movement: the Decision 24/2021 lists (escaped, newly poor, fallen back…) are
 * unions of movements (see recognition-lists.ts).
 */
export const HOUSEHOLD_MOVEMENTS = [
  'newly_poor',
  'newly_near_poor',
  'escaped_poor',
  'escaped_near_poor',
  'fallen_back',
  'poor_to_near_poor',
  'near_poor_to_poor',
  'remained_poor',
  'remained_near_poor',
  'unchanged',
] as const;
export type HouseholdMovement = (typeof HOUSEHOLD_MOVEMENTS)[number];

export const HOUSEHOLD_MOVEMENT_LABELS_VI: Readonly<Record<HouseholdMovement, string>> = {
  newly_poor: 'Hộ nghèo mới',
  newly_near_poor: 'Hộ cận nghèo mới',
  escaped_poor: 'Thoát nghèo',
  escaped_near_poor: 'Thoát cận nghèo',
  fallen_back: 'Tái nghèo',
  poor_to_near_poor: 'Thoát nghèo, thành hộ cận nghèo',
  near_poor_to_poor: 'Từ cận nghèo thành hộ nghèo',
  remained_poor: 'Vẫn là hộ nghèo',
  remained_near_poor: 'Vẫn là hộ cận nghèo',
  unchanged: 'Không thuộc diện nghèo, cận nghèo',
};

type Band = 'poor' | 'near_poor' | 'other';

/** Average living standard, not poor and screened out are all "neither poor nor near-poor". */
function bandOf(povertyClass: PovertyClass | null): Band {
  return povertyClass === 'poor' || povertyClass === 'near_poor' ? povertyClass : 'other';
}

/**
 * The movement from last year's recognised class (null: not recognised, i.e. neither poor nor
 * near-poor) to this year's. `everPoorBefore`: recognised poor in some year before last year.
 * Fallen back (tái nghèo) is a household poor now, not poor last year and poor in an earlier year:
 * it takes precedence over near-poor → poor, because such a household had escaped poverty once.
 * Null when the current class is `incomplete`: such a household cannot be recognised.
 */
export function householdMovement(previousClass: PovertyClass | null, currentClass: PovertyClass, everPoorBefore: boolean): HouseholdMovement | null {
  if (currentClass === 'incomplete') return null;
  const before = bandOf(previousClass);
  const now = bandOf(currentClass);
  switch (now) {
    case 'poor':
      if (before === 'poor') return 'remained_poor';
      if (everPoorBefore) return 'fallen_back';
      return before === 'near_poor' ? 'near_poor_to_poor' : 'newly_poor';
    case 'near_poor':
      if (before === 'near_poor') return 'remained_near_poor';
      return before === 'poor' ? 'poor_to_near_poor' : 'newly_near_poor';
    case 'other':
      if (before === 'poor') return 'escaped_poor';
      return before === 'near_poor' ? 'escaped_near_poor' : 'unchanged';
    default: {
      const unhandled: never = now;
      throw new Error(`Unknown band ${String(unhandled)}`);
    }
  }
}
