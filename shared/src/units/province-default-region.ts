import type { NtmRegion } from './ntm-region';

export type ProvinceRegionDefault = { region: NtmRegion; status: 'verified' | 'to confirm' };

/**
 * Default NTM region of each post-2025 province, used only when an imported commune names no
 * region. Decision 318 predates the 2025 mergers, so a merged province whose former parts lay in
 * different regions is marked "to confirm": its communes should carry their own region, which the
 * import and the unit editor let an administrator set.
 */
export const PROVINCE_DEFAULT_REGIONS: Readonly<Record<string, ProvinceRegionDefault>> = {
  '01': { region: 'DBSH', status: 'verified' },
  '04': { region: 'TDMNPB', status: 'verified' },
  '08': { region: 'TDMNPB', status: 'verified' },
  '11': { region: 'TDMNPB', status: 'verified' },
  '12': { region: 'TDMNPB', status: 'verified' },
  '14': { region: 'TDMNPB', status: 'verified' },
  '15': { region: 'TDMNPB', status: 'verified' },
  '19': { region: 'TDMNPB', status: 'verified' },
  '20': { region: 'TDMNPB', status: 'verified' },
  '22': { region: 'DBSH', status: 'to confirm' },
  '24': { region: 'DBSH', status: 'to confirm' },
  '25': { region: 'TDMNPB', status: 'to confirm' },
  '31': { region: 'DBSH', status: 'verified' },
  '33': { region: 'DBSH', status: 'verified' },
  '37': { region: 'DBSH', status: 'verified' },
  '38': { region: 'BTB', status: 'verified' },
  '40': { region: 'BTB', status: 'verified' },
  '42': { region: 'BTB', status: 'verified' },
  '44': { region: 'BTB', status: 'verified' },
  '46': { region: 'BTB', status: 'verified' },
  '48': { region: 'DHNTB', status: 'verified' },
  '51': { region: 'DHNTB', status: 'to confirm' },
  '52': { region: 'TN', status: 'to confirm' },
  '56': { region: 'DHNTB', status: 'verified' },
  '66': { region: 'TN', status: 'to confirm' },
  '68': { region: 'TN', status: 'to confirm' },
  '75': { region: 'DNB', status: 'verified' },
  '79': { region: 'DNB', status: 'verified' },
  '80': { region: 'DNB', status: 'to confirm' },
  '82': { region: 'DBSCL', status: 'verified' },
  '86': { region: 'DBSCL', status: 'verified' },
  '91': { region: 'DBSCL', status: 'verified' },
  '92': { region: 'DBSCL', status: 'verified' },
  '96': { region: 'DBSCL', status: 'verified' },
};

export function defaultRegionOfProvince(provinceCode: string): NtmRegion | null {
  return PROVINCE_DEFAULT_REGIONS[provinceCode]?.region ?? null;
}
