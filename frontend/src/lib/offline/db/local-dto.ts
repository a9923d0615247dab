import type { HouseholdSummary, Page, ResponseDto } from '@ntm/shared';
import type { LocalResponse, StoredHousehold } from './offline-db';

/** A form stored on the device, in the shape the API gives, so the fieldwork pages read it unchanged. */
export function localResponseDto(record: LocalResponse): ResponseDto {
  const { server } = record;
  return {
    id: record.id,
    campaignId: record.campaignId,
    formVersionId: record.formVersionId,
    unit: server?.unit ?? { code: record.unitCode, name: record.unitCode, type: 'village' },
    householdId: record.householdId,
    status: record.status,
    createdBy: server?.createdBy ?? { id: '', username: '', fullName: '' },
    submittedAt: server?.submittedAt ?? null,
    clientTime: record.savedAt,
    reviewComment: server?.reviewComment ?? null,
    reviewedBy: server?.reviewedBy ?? null,
    reviewedAt: server?.reviewedAt ?? null,
    revision: record.baseRevision ?? 0,
    createdAt: server?.createdAt ?? record.savedAt,
    updatedAt: record.savedAt,
    answers: record.answers,
    assessment: record.syncState === 'synced' ? (server?.assessment ?? null) : null,
  };
}

export function householdSummary(household: StoredHousehold): HouseholdSummary {
  const { id, code, headName, village, address, status, memberCount, revision, updatedAt } = household;
  return { id, code, headName, village, address, status, memberCount, revision, updatedAt };
}

export function pageOf<T>(items: readonly T[], page: number, pageSize: number): Page<T> {
  return { items: items.slice((page - 1) * pageSize, page * pageSize), total: items.length, page, pageSize };
}
