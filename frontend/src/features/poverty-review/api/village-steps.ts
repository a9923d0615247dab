import type {
  AddListedHouseholdRequest,
  DistrictOpinionRequest,
  GenerateListRequest,
  GenerateListResult,
  ListedHouseholdDto,
  RecognitionDto,
  RecogniseRequest,
  RecordComplaintRequest,
  RecordMeetingRequest,
  ResolveComplaintRequest,
  StartPostingRequest,
  VillageReviewDto,
} from '@ntm/shared';
import { communePath, villagePath } from './review-keys';
import { useReviewMutation } from './review-mutation';

/** The steps without a body, by their path under the village. */
export type PlainStep = 'confirm-list' | 'close-collection' | 'reopen-collection' | 'posting/complete';

export function useGenerateList(campaignId: string, communeCode: string) {
  return useReviewMutation<GenerateListRequest, GenerateListResult>(campaignId, (body) => ({ path: `${communePath(campaignId, communeCode)}/list`, body }));
}

export function useRecognise(campaignId: string, communeCode: string) {
  return useReviewMutation<RecogniseRequest, RecognitionDto>(campaignId, (body) => ({ path: `${communePath(campaignId, communeCode)}/recognition`, body }));
}

export function useAddHousehold(campaignId: string, villageCode: string) {
  return useReviewMutation<AddListedHouseholdRequest, ListedHouseholdDto>(campaignId, (body) => ({ path: `${villagePath(campaignId, villageCode)}/households`, body }));
}

export function useRemoveHousehold(campaignId: string, villageCode: string) {
  return useReviewMutation<{ householdId: string; reason: string }, void>(campaignId, ({ householdId, reason }) => ({
    path: `${villagePath(campaignId, villageCode)}/households/${encodeURIComponent(householdId)}`,
    method: 'DELETE',
    body: { reason },
  }));
}

export function useVillageStep(campaignId: string, villageCode: string) {
  return useReviewMutation<PlainStep, VillageReviewDto>(campaignId, (step) => ({ path: `${villagePath(campaignId, villageCode)}/${step}` }));
}

export function useRecordMeeting(campaignId: string, villageCode: string) {
  return useReviewMutation<RecordMeetingRequest, VillageReviewDto>(campaignId, (body) => ({ path: `${villagePath(campaignId, villageCode)}/meetings`, body }));
}

export function useStartPosting(campaignId: string, villageCode: string) {
  return useReviewMutation<StartPostingRequest, VillageReviewDto>(campaignId, (body) => ({ path: `${villagePath(campaignId, villageCode)}/posting`, body }));
}

export function useRecordComplaint(campaignId: string, villageCode: string) {
  return useReviewMutation<RecordComplaintRequest, VillageReviewDto>(campaignId, (body) => ({ path: `${villagePath(campaignId, villageCode)}/complaints`, body }));
}

export function useRecheckComplaint(campaignId: string, villageCode: string) {
  return useReviewMutation<{ complaintId: string; reason: string }, VillageReviewDto>(campaignId, ({ complaintId, reason }) => ({
    path: `${villagePath(campaignId, villageCode)}/complaints/${encodeURIComponent(complaintId)}/recheck`,
    body: { reason },
  }));
}

export function useResolveComplaint(campaignId: string, villageCode: string) {
  return useReviewMutation<ResolveComplaintRequest & { complaintId: string }, VillageReviewDto>(campaignId, ({ complaintId, ...body }) => ({
    path: `${villagePath(campaignId, villageCode)}/complaints/${encodeURIComponent(complaintId)}/resolve`,
    body,
  }));
}

export function useDistrictOpinion(campaignId: string, villageCode: string) {
  return useReviewMutation<DistrictOpinionRequest, VillageReviewDto>(campaignId, (body) => ({ path: `${villagePath(campaignId, villageCode)}/district-opinion`, body }));
}
