/** The 7 socio-economic regions whose thresholds differ in Decision 318/QĐ-TTg (2021–2025). */
export const NTM_REGIONS = ['TDMNPB', 'DBSH', 'BTB', 'DHNTB', 'TN', 'DNB', 'DBSCL'] as const;
export type NtmRegion = (typeof NTM_REGIONS)[number];

export const NTM_REGION_LABELS_VI: Readonly<Record<NtmRegion, string>> = {
  TDMNPB: 'Trung du và miền núi phía Bắc',
  DBSH: 'Đồng bằng sông Hồng',
  BTB: 'Bắc Trung Bộ',
  DHNTB: 'Duyên hải Nam Trung Bộ',
  TN: 'Tây Nguyên',
  DNB: 'Đông Nam Bộ',
  DBSCL: 'Đồng bằng sông Cửu Long',
};

/** Commune groups of Decision 51/2025/QĐ-TTg (2026–2030): 1 urbanising, 3 ethnic-minority and
 * mountain communes of area II/III, 2 all others. Set per commune by the province. */
export const COMMUNE_GROUPS = [1, 2, 3] as const;
export type CommuneGroup = (typeof COMMUNE_GROUPS)[number];

export function isNtmRegion(value: string): value is NtmRegion {
  return (NTM_REGIONS as readonly string[]).includes(value);
}

export function isCommuneGroup(value: number): value is CommuneGroup {
  return (COMMUNE_GROUPS as readonly number[]).includes(value);
}
