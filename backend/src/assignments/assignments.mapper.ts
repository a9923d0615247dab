import type { AssignmentDto, UnitType } from '@ntm/shared';

export type AssignmentRow = Omit<AssignmentDto, 'enumerator' | 'unit' | 'createdAt'> & {
  createdAt: Date;
  enumeratorId: string;
  username: string;
  fullName: string;
  unitCode: string;
  unitName: string;
  unitType: UnitType;
};

export function toAssignmentDto(row: AssignmentRow): AssignmentDto {
  const { enumeratorId, username, fullName, unitCode, unitName, unitType, createdAt, ...rest } = row;
  return {
    ...rest,
    enumerator: { id: enumeratorId, username, fullName },
    unit: { code: unitCode, name: unitName, type: unitType },
    createdAt: createdAt.toISOString(),
  };
}
