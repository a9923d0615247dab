import type { UnitType } from '../units/unit-type';
import type { Indicator } from './indicators/indicator';

/** Whether a number or predicate was checked against the legal text, or still awaits that check. */
export type RuleStatus = 'verified' | 'to_confirm';

/** A value from a legal text, with where it comes from and whether it has been checked. */
export type Sourced<T> = { readonly value: T; readonly basis: string; readonly status: RuleStatus };

/** Income lines differ by place of residence: xã are rural, phường urban. */
export const RESIDENCE_AREAS = ['rural', 'urban'] as const;
export type ResidenceArea = (typeof RESIDENCE_AREAS)[number];

export const RESIDENCE_AREA_LABELS_VI: Readonly<Record<ResidenceArea, string>> = { rural: 'nông thôn', urban: 'thành thị' };

/** Đồng per person per month, by area. */
export type AreaAmounts = Readonly<Record<ResidenceArea, number>>;

export const POVERTY_STANDARD_IDS = ['QD59_2016_2020', 'ND07_2022_2025', 'ND351_2027_2030'] as const;
export type PovertyStandardId = (typeof POVERTY_STANDARD_IDS)[number];

/**
 * The income lines of a standard, each in đồng per person per month:
 * - `incomeOnlyPoor`: at or under it a household is poor whatever its deprivations (the lower
 *   tier of Decision 59/2015; null for Decrees 07/2021 and 351/2025, which have no such tier);
 * - `line`: at or under it a household is poor with `minDeprivations` or more, near-poor with fewer;
 * - `averageUpper`: over `line` and at or under it, the average living standard band.
 */
export type IncomeLines = {
  readonly incomeOnlyPoor: Sourced<AreaAmounts> | null;
  readonly line: Sourced<AreaAmounts>;
  readonly averageUpper: Sourced<AreaAmounts>;
};

export type PovertyStandard = {
  readonly id: PovertyStandardId;
  readonly title: string;
  readonly basis: string;
  /** Review years the standard applies to, both ends included. */
  readonly years: Sourced<{ readonly from: number; readonly to: number }>;
  readonly lines: IncomeLines;
  /** "thiếu hụt từ 03 chỉ số … trở lên": this many deprivations or more make a household under the line poor. */
  readonly minDeprivations: Sourced<number>;
  readonly indicators: readonly Indicator[];
};

/** xã are rural and phường urban; special zones and other units have no default and are set by an administrator. */
export function residenceAreaOfUnitType(type: UnitType): ResidenceArea | null {
  if (type === 'commune') return 'rural';
  if (type === 'ward') return 'urban';
  return null;
}

export function residenceAreaOf(isRural: boolean): ResidenceArea {
  return isRural ? 'rural' : 'urban';
}

/** A unit's own rural/urban setting (null when nobody set it). */
export type AreaSetting = { readonly type: UnitType; readonly isRural: boolean | null };

/**
 * Rural or urban, as a village's households live: the village's own setting, which it takes from its
 * commune when created (xã rural, phường urban); failing that, its commune's type, then its commune's
 * setting. A unit nobody has set (a special zone) counts as rural. The server classifies submitted
 * forms and the form runner classifies live with this same answer, so the two never disagree.
 */
export function villageResidenceArea(village: Pick<AreaSetting, 'isRural'>, commune: AreaSetting | null): ResidenceArea {
  if (village.isRural !== null) return residenceAreaOf(village.isRural);
  if (!commune) return 'rural';
  return residenceAreaOfUnitType(commune.type) ?? (commune.isRural === null ? 'rural' : residenceAreaOf(commune.isRural));
}
