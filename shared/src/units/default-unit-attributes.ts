import type { NtmRegion } from './ntm-region';
import { defaultRegionOfProvince } from './province-default-region';
import type { UnitType } from './unit-type';

export type InheritedAttributes = { ntmRegion: NtmRegion | null; isRural: boolean | null };

/**
 * What a new unit gets when its row leaves region or rural/urban blank:
 * - a province and its commune-level units take the province's default NTM region;
 * - xã are rural and phường urban (NTM criteria apply to xã); special zones and "other" stay
 *   unset for an administrator to decide;
 * - a village inherits both from its commune (thôn/bản of a xã are rural, tổ dân phố urban).
 */
export function defaultUnitAttributes(
  type: UnitType,
  provinceCode: string | null,
  parent: InheritedAttributes | null,
): InheritedAttributes {
  if (type === 'village') return { ntmRegion: parent?.ntmRegion ?? null, isRural: parent?.isRural ?? null };
  const ntmRegion = provinceCode ? defaultRegionOfProvince(provinceCode) : null;
  const isRural = type === 'commune' ? true : type === 'ward' ? false : null;
  return { ntmRegion, isRural };
}
