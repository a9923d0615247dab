/** Administrative unit kinds. `country` is the single national root every province hangs from,
 * so national-scope accounts are bound to a unit like everyone else. `district` exists only for
 * pre-July-2025 history; `other` appears in the official 2025 list (one unit). */
export const UNIT_TYPES = [
  'country',
  'province',
  'district',
  'commune',
  'ward',
  'special_zone',
  'other',
  'village',
] as const;
export type UnitType = (typeof UNIT_TYPES)[number];

const COMMUNE_LEVEL: readonly UnitType[] = ['commune', 'ward', 'special_zone', 'other'];

/** Which unit types may sit directly under a parent of each type. */
export const ALLOWED_CHILD_TYPES: Readonly<Record<UnitType, readonly UnitType[]>> = {
  country: ['province'],
  province: ['district', ...COMMUNE_LEVEL],
  district: COMMUNE_LEVEL,
  commune: ['village'],
  ward: ['village'],
  special_zone: ['village'],
  other: ['village'],
  village: [],
};

export function isUnitType(value: string): value is UnitType {
  return (UNIT_TYPES as readonly string[]).includes(value);
}

export function canBeChildOf(child: UnitType, parent: UnitType): boolean {
  return ALLOWED_CHILD_TYPES[parent].includes(child);
}

export function isCommuneLevel(type: UnitType): boolean {
  return COMMUNE_LEVEL.includes(type);
}

export const UNIT_TYPE_LABELS_VI: Readonly<Record<UnitType, string>> = {
  country: 'Quốc gia',
  province: 'Tỉnh/Thành phố',
  district: 'Huyện (lịch sử)',
  commune: 'Xã',
  ward: 'Phường',
  special_zone: 'Đặc khu',
  other: 'Khác',
  village: 'Thôn/Bản',
};

export const NATIONAL_ROOT_CODE = 'VN';
