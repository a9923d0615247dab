import type { ListedHouseholdDto, ListingReason, PovertyClass, ResponseStatus } from '@ntm/shared';

export type ListedHouseholdRow = {
  householdId: string;
  code: string;
  headName: string;
  villageCode: string;
  reason: ListingReason;
  note: string | null;
  previousClass: PovertyClass | null;
  listedAt: Date;
  listerId: string;
  listerUsername: string;
  listerName: string;
  responseId: string | null;
  responseStatus: ResponseStatus | null;
  povertyClass: PovertyClass | null;
};

/** Listed households with who listed them and their form's status and class; append a WHERE over `h`/`v`. */
export const LISTED_SELECT = `
  SELECT h.household_id AS "householdId", hh.code, hh.head_name AS "headName", hh.village_code AS "villageCode",
         h.reason, h.note, h.previous_class AS "previousClass", h.listed_at AS "listedAt",
         l.id AS "listerId", l.username AS "listerUsername", l.full_name AS "listerName",
         r.id AS "responseId", r.status AS "responseStatus", a.poverty_class AS "povertyClass"
    FROM poverty_review_household h
    JOIN poverty_review_village v ON v.id = h.review_village_id
    JOIN household hh ON hh.id = h.household_id
    JOIN account l ON l.id = h.listed_by
    LEFT JOIN survey_response r ON r.campaign_id = h.campaign_id AND r.household_id = h.household_id
    LEFT JOIN household_assessment a ON a.response_id = r.id`;

export function toListedHouseholdDto(row: ListedHouseholdRow): ListedHouseholdDto {
  return {
    household: { id: row.householdId, code: row.code, headName: row.headName },
    villageCode: row.villageCode,
    reason: row.reason,
    note: row.note,
    previousClass: row.previousClass,
    listedBy: { id: row.listerId, username: row.listerUsername, fullName: row.listerName },
    listedAt: row.listedAt.toISOString(),
    responseId: row.responseId,
    responseStatus: row.responseStatus,
    povertyClass: row.povertyClass,
  };
}
