import { type HouseholdAssessment, type PersonRef, type ResponseDto, type ResponseStatus, type ResponseSummary, toReviewAssessmentDto, type UnitType } from '@ntm/shared';

export type ResponseRow = {
  id: string;
  campaignId: string;
  formVersionId: string;
  householdId: string | null;
  status: ResponseStatus;
  submittedAt: Date | null;
  clientTime: Date | null;
  reviewComment: string | null;
  reviewedAt: Date | null;
  revision: number;
  createdAt: Date;
  updatedAt: Date;
  answers?: Record<string, unknown>;
  /** The stored assessment's full result, when the row was read with its answers. */
  assessmentDetail?: HouseholdAssessment | null;
  unitCode: string;
  unitName: string;
  unitType: UnitType;
  creatorId: string;
  creatorUsername: string;
  creatorName: string;
  reviewerId: string | null;
  reviewerUsername: string | null;
  reviewerName: string | null;
};

const iso = (date: Date | null) => date?.toISOString() ?? null;

export function toResponseSummary(row: ResponseRow): ResponseSummary {
  const reviewer: PersonRef | null = row.reviewerId ? { id: row.reviewerId, username: row.reviewerUsername!, fullName: row.reviewerName! } : null;
  return {
    id: row.id,
    campaignId: row.campaignId,
    formVersionId: row.formVersionId,
    unit: { code: row.unitCode, name: row.unitName, type: row.unitType },
    householdId: row.householdId,
    status: row.status,
    createdBy: { id: row.creatorId, username: row.creatorUsername, fullName: row.creatorName },
    submittedAt: iso(row.submittedAt),
    clientTime: iso(row.clientTime),
    reviewComment: row.reviewComment,
    reviewedBy: reviewer,
    reviewedAt: iso(row.reviewedAt),
    revision: row.revision,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function toResponseDto(row: ResponseRow): ResponseDto {
  // The server stores its full result; a row written otherwise (generated, imported) has no reasons to show.
  const assessment = row.assessmentDetail?.trace ? toReviewAssessmentDto(row.assessmentDetail) : null;
  return { ...toResponseSummary(row), answers: row.answers ?? {}, assessment };
}
