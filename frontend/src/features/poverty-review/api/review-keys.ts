import type { PostedList, RecognitionList } from '@ntm/shared';

/** Everything of one campaign's review is under one key, so each recorded step refreshes it all. */
export const reviewKeys = {
  campaign: (campaignId: string) => ['poverty-review', campaignId] as const,
  commune: (campaignId: string, communeCode: string) => ['poverty-review', campaignId, 'commune', communeCode] as const,
  village: (campaignId: string, villageCode: string) => ['poverty-review', campaignId, 'village', villageCode] as const,
  households: (campaignId: string, villageCode: string, page: number, pageSize: number) =>
    ['poverty-review', campaignId, 'village', villageCode, 'households', page, pageSize] as const,
  audit: (campaignId: string, villageCode: string) => ['poverty-review', campaignId, 'village', villageCode, 'audit'] as const,
  posted: (campaignId: string, villageCode: string, list: PostedList, page: number) => ['poverty-review', campaignId, 'village', villageCode, 'posted', list, page] as const,
  recognised: (campaignId: string, communeCode: string, list: RecognitionList, page: number) => ['poverty-review', campaignId, 'commune', communeCode, 'recognised', list, page] as const,
  communes: (unitCode: string, q: string) => ['poverty-review', 'communes', unitCode, q] as const,
  settings: (provinceCode: string) => ['poverty-review', 'settings', provinceCode] as const,
};

const enc = encodeURIComponent;
export const communePath = (campaignId: string, communeCode: string) => `/campaigns/${enc(campaignId)}/review/communes/${enc(communeCode)}`;
export const villagePath = (campaignId: string, villageCode: string) => `/campaigns/${enc(campaignId)}/review/villages/${enc(villageCode)}`;

/** Rows per page in the review's tables. */
export const REVIEW_PAGE_SIZE = 50;
