import type { HouseholdRef } from '../households/household-contracts';
import type { PageQuery } from '../api/contracts';
import type { PersonRef, UnitRef } from '../api/survey-contracts';
import type { PovertyClass } from '../households/poverty-class';
import type { ResponseStatus } from '../surveys/response-status';
import type { LabelledIndicator } from '../poverty-indicators/indicator-labels';
import type { HouseholdMovement } from './household-movement';
import type { ListingReason, ListSource, ManualListingReason } from './listing';
import type { PostedList, RecognitionList } from './recognition-lists';
import type { ReviewSettings, SettingStatus } from './review-settings';
import type { VillageStage } from './village-stage';

export type ReviewSettingsDto = ReviewSettings & {
  provinceCode: string;
  /** True while the province has not saved its own settings. */
  isDefault: boolean;
  notes: Record<keyof ReviewSettings, { status: SettingStatus; note: string }>;
  updatedAt: string | null;
  updatedBy: PersonRef | null;
};
export type UpdateReviewSettingsRequest = Partial<ReviewSettings>;

/** Forms are the responses linked to the listed households; submitted counts every form handed in
 * and not returned (approved included); incomplete counts approved forms the rules could not class. */
export type ReviewProgress = { listed: number; submitted: number; approved: number; incomplete: number };

export type VillageReviewSummary = {
  village: UnitRef;
  stage: VillageStage;
  progress: ReviewProgress;
  openComplaints: number;
  postingEndsOn: string | null;
};

export type MeetingDto = {
  id: string;
  heldOn: string;
  attendees: number;
  agreeing: number;
  accepted: boolean;
  minutes: string | null;
  recordedBy: PersonRef;
  recordedAt: string;
};

export type PostingDto = {
  startsOn: string;
  endsOn: string;
  workingDays: number;
  completedOn: string | null;
  startedBy: PersonRef;
};

export type ComplaintDto = {
  id: string;
  household: HouseholdRef;
  content: string;
  receivedOn: string;
  recordedBy: PersonRef;
  recordedAt: string;
  /** The household's form, which a re-check returns to the enumerator through the review endpoint. */
  responseId: string | null;
  responseStatus: ResponseStatus | null;
  classAtComplaint: PovertyClass | null;
  resolution: string | null;
  resolvedOn: string | null;
  resolvedBy: PersonRef | null;
  classAfter: PovertyClass | null;
  /** The form was changed (returned and approved again) between the complaint and its resolution. */
  rechecked: boolean | null;
};

export type DistrictOpinionDto = { receivedOn: string; note: string; recordedBy: PersonRef };

export type VillageReviewDto = VillageReviewSummary & {
  campaignId: string;
  commune: UnitRef;
  districtOpinionRequired: boolean;
  postingWorkingDays: number;
  /** Oldest first; a rejected meeting stays on record. */
  meetings: MeetingDto[];
  posting: PostingDto | null;
  complaints: ComplaintDto[];
  districtOpinion: DistrictOpinionDto | null;
};

export type RecognitionDto = {
  id: string;
  campaignId: string;
  commune: UnitRef;
  year: number;
  decisionNumber: string;
  decidedOn: string;
  decidedBy: PersonRef;
  recordedAt: string;
  households: number;
  counts: Record<RecognitionList, number>;
};

export type CommuneReviewDto = {
  campaignId: string;
  year: number;
  commune: UnitRef;
  settings: ReviewSettings;
  /** Every village of the commune; one without a list yet is in the listing stage with nothing listed. */
  villages: VillageReviewSummary[];
  recognition: RecognitionDto | null;
};

export type ListedHouseholdDto = {
  household: HouseholdRef;
  villageCode: string;
  reason: ListingReason;
  note: string | null;
  previousClass: PovertyClass | null;
  listedBy: PersonRef;
  listedAt: string;
  responseId: string | null;
  responseStatus: ResponseStatus | null;
  /** The server's class of the household's latest form, whatever its status. */
  povertyClass: PovertyClass | null;
};

export type GenerateListRequest = { source: ListSource; villageCode?: string };
export type GenerateListResult = { added: number; villages: number };
export type AddListedHouseholdRequest = { householdCode: string; reason: ManualListingReason; note?: string };
export type RecordMeetingRequest = { heldOn: string; attendees: number; agreeing: number; minutes?: string };
export type StartPostingRequest = { startsOn: string };
export type RecordComplaintRequest = { householdId: string; content: string; receivedOn: string };
export type ResolveComplaintRequest = { resolution: string; resolvedOn: string };
export type DistrictOpinionRequest = { receivedOn: string; note: string };
export type RecogniseRequest = { decisionNumber: string; decidedOn: string };

export type PostedListQuery = PageQuery & { list: PostedList };
export type RecognitionListQuery = PageQuery & { list: RecognitionList };

/** A row of a posted list (art. 4(1)(d)): who the household is, why it is classed so. */
export type PostedListRow = {
  rank: number;
  household: HouseholdRef;
  village: UnitRef;
  members: string[];
  deprived: LabelledIndicator[];
  /** Average income per person per month, in đồng; null when the form did not measure it. */
  incomePerMonth: number | null;
  povertyClass: PovertyClass;
};

export type RecognitionListRow = {
  rank: number;
  household: HouseholdRef;
  village: UnitRef;
  memberCount: number;
  previousClass: PovertyClass | null;
  povertyClass: PovertyClass;
  movement: HouseholdMovement | null;
  deprived: LabelledIndicator[];
  incomePerMonth: number | null;
};
