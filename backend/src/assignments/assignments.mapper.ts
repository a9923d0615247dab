import { type AssignmentDto, type UnitType, villageResidenceArea } from '@ntm/shared';

export type AssignmentRow = Omit<AssignmentDto, 'enumerator' | 'unit' | 'area' | 'createdAt'> & {
  createdAt: Date;
  enumeratorId: string;
  username: string;
  fullName: string;
  unitCode: string;
  unitName: string;
  unitType: UnitType;
  villageIsRural: boolean | null;
  communeType: UnitType | null;
  communeIsRural: boolean | null;
};

export function toAssignmentDto(row: AssignmentRow): AssignmentDto {
  const { enumeratorId, username, fullName, unitCode, unitName, unitType, villageIsRural, communeType, communeIsRural, createdAt, ...rest } = row;
  return {
    ...rest,
    enumerator: { id: enumeratorId, username, fullName },
    unit: { code: unitCode, name: unitName, type: unitType },
    area: villageResidenceArea({ isRural: villageIsRural }, communeType === null ? null : { type: communeType, isRural: communeIsRural }),
    createdAt: createdAt.toISOString(),
  };
}
