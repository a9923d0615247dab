import type { UnitDto } from '@ntm/shared';
import type { AdministrativeUnit } from './entities/administrative-unit.entity';

export type UnitRow = AdministrativeUnit & { childCount?: number };

export function toUnitDto(unit: UnitRow): UnitDto {
  return {
    code: unit.code,
    name: unit.name,
    fullName: unit.fullName,
    type: unit.type,
    parentCode: unit.parentCode,
    childCount: Number(unit.childCount ?? 0),
    ntmRegion: unit.ntmRegion,
    communeGroup: unit.communeGroup,
    isRural: unit.isRural,
    particularlyDifficult: unit.particularlyDifficult,
    effectiveFrom: unit.effectiveFrom,
    effectiveTo: unit.effectiveTo,
    successorCode: unit.successorCode,
  };
}
