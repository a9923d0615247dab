import type { PaperMode, PollBatchDto, UnitType } from '@ntm/shared';

export type BatchRow = {
  id: string;
  campaignId: string;
  label: string;
  mode: PaperMode;
  createdAt: Date;
  voidedAt: Date | null;
  voidReason: string | null;
  villageCode: string;
  villageName: string;
  villageType: UnitType;
  villagePath: string;
  enteredById: string;
  enteredByUsername: string;
  enteredByName: string;
  voidedById: string | null;
  voidedByUsername: string | null;
  voidedByName: string | null;
  forms: number;
};

export function toPollBatchDto(row: BatchRow): PollBatchDto {
  return {
    id: row.id,
    campaignId: row.campaignId,
    village: { code: row.villageCode, name: row.villageName, type: row.villageType },
    label: row.label,
    mode: row.mode,
    enteredBy: { id: row.enteredById, username: row.enteredByUsername, fullName: row.enteredByName },
    createdAt: row.createdAt.toISOString(),
    forms: row.forms,
    voidedAt: row.voidedAt?.toISOString() ?? null,
    voidedBy: row.voidedById ? { id: row.voidedById, username: row.voidedByUsername!, fullName: row.voidedByName! } : null,
    voidReason: row.voidReason,
  };
}
