import type {
  HouseholdDto,
  HouseholdMemberDto,
  HouseholdRef,
  HouseholdStatus,
  HouseholdStatusChangeDto,
  HouseholdSummary,
  UnitType,
} from '@ntm/shared';

export type HouseholdSummaryRow = Omit<HouseholdSummary, 'village' | 'updatedAt'> & {
  updatedAt: Date;
  villageCode: string;
  villageName: string;
  villageType: UnitType;
};

type MergedIntoColumns = { mergedIntoId: string | null; mergedIntoCode: string | null; mergedIntoHeadName: string | null };

export type HouseholdDetailRow = HouseholdSummaryRow & MergedIntoColumns & { communeCode: string; createdAt: Date };

export type StatusChangeRow = MergedIntoColumns & {
  id: string;
  fromStatus: HouseholdStatus | null;
  toStatus: HouseholdStatus;
  effectiveOn: string;
  reason: string | null;
  at: Date;
  actorId: string;
  actorUsername: string;
  actorName: string;
};

export function toHouseholdSummary(row: HouseholdSummaryRow): HouseholdSummary {
  const { villageCode, villageName, villageType, updatedAt, id, code, headName, address, status, revision, memberCount } = row;
  return {
    id, code, headName, address, status, revision, memberCount,
    village: { code: villageCode, name: villageName, type: villageType },
    updatedAt: updatedAt.toISOString(),
  };
}

function mergedInto(row: MergedIntoColumns): HouseholdRef | null {
  return row.mergedIntoId ? { id: row.mergedIntoId, code: row.mergedIntoCode!, headName: row.mergedIntoHeadName! } : null;
}

function toStatusChange(row: StatusChangeRow): HouseholdStatusChangeDto {
  return {
    id: row.id,
    fromStatus: row.fromStatus,
    toStatus: row.toStatus,
    effectiveOn: row.effectiveOn,
    reason: row.reason,
    mergedInto: mergedInto(row),
    actor: { id: row.actorId, username: row.actorUsername, fullName: row.actorName },
    at: row.at.toISOString(),
  };
}

export function toHouseholdDto(row: HouseholdDetailRow, members: HouseholdMemberDto[], history: StatusChangeRow[]): HouseholdDto {
  return {
    ...toHouseholdSummary(row),
    communeCode: row.communeCode,
    mergedInto: mergedInto(row),
    members,
    history: history.map(toStatusChange),
    createdAt: row.createdAt.toISOString(),
  };
}
