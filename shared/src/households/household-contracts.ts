import type { PersonRef, UnitRef } from '../api/survey-contracts';
import type { HouseholdStatus, MemberRelation, Sex } from './household';

/** A member as sent by a client: the order of the list is the order in the household book. */
export type HouseholdMemberInput = {
  fullName: string;
  sex: Sex;
  /** YYYY-MM-DD */
  birthDate: string;
  relationToHead: MemberRelation;
  ethnicity: string;
  /** Căn cước / CMND number: 9 or 12 digits; optional. */
  idNumber?: string | null;
};

export type HouseholdMemberDto = Required<HouseholdMemberInput> & { id: string; position: number };

export type HouseholdRef = { id: string; code: string; headName: string };

export type HouseholdSummary = HouseholdRef & {
  village: UnitRef;
  address: string | null;
  status: HouseholdStatus;
  memberCount: number;
  /** Increases with every change; PATCH must send the revision it was based on. */
  revision: number;
  updatedAt: string;
};

export type HouseholdStatusChangeDto = {
  id: string;
  /** Null for the household's registration. */
  fromStatus: HouseholdStatus | null;
  toStatus: HouseholdStatus;
  effectiveOn: string;
  reason: string | null;
  mergedInto: HouseholdRef | null;
  actor: PersonRef;
  at: string;
};

export type HouseholdDto = HouseholdSummary & {
  communeCode: string;
  mergedInto: HouseholdRef | null;
  members: HouseholdMemberDto[];
  /** Oldest first. */
  history: HouseholdStatusChangeDto[];
  createdAt: string;
};

export type HouseholdQuery = {
  /** A village, a commune or any ancestor; the caller's unit when omitted. */
  unit?: string;
  status?: HouseholdStatus;
  /** Household code prefix or head's name, accents optional. */
  q?: string;
  page?: number;
  pageSize?: number;
};

/** `headName` defaults to the head member's name; when given it must be that name. */
export type CreateHouseholdRequest = {
  villageCode: string;
  code: string;
  headName?: string;
  address?: string | null;
  members: HouseholdMemberInput[];
};

/** Members, when sent, replace the list as a whole. `revision` is the one the edit started from:
 * a stale revision is refused with 409 and the current household. */
export type UpdateHouseholdRequest = {
  revision: number;
  villageCode?: string;
  headName?: string;
  address?: string | null;
  members?: HouseholdMemberInput[];
};

export type ChangeHouseholdStatusRequest = {
  status: HouseholdStatus;
  effectiveOn: string;
  reason: string;
  /** Required when merging: another active household of the same commune. */
  mergedIntoId?: string;
  revision?: number;
};

export type HouseholdImportRowError = { row: number; field: string; reason: string };

export type HouseholdImportReport = {
  dryRun: boolean;
  imported: boolean;
  /** Households and member rows the file holds. */
  households: number;
  members: number;
  created: number;
  updated: number;
  errors: HouseholdImportRowError[];
};

export type HouseholdExportQuery = { unit?: string; status?: HouseholdStatus; format: 'csv' | 'xlsx' };

/** One download of personal data, as the log shows it to admins. */
export type PersonalDataExportDto = {
  id: string;
  at: string;
  actor: PersonRef;
  dataset: string;
  unit: UnitRef;
  statusFilter: string | null;
  format: 'csv' | 'xlsx';
  rowCount: number;
};
