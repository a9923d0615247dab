import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ListedHouseholdDto, Page } from '@ntm/shared';
import { apiRequest } from '../../../lib/api-client';
import { REVIEW_PAGE_SIZE, reviewKeys, villagePath } from './review-keys';

export function listVillageHouseholds(campaignId: string, villageCode: string, page: number, pageSize: number, signal?: AbortSignal): Promise<Page<ListedHouseholdDto>> {
  return apiRequest<Page<ListedHouseholdDto>>(`${villagePath(campaignId, villageCode)}/households`, { query: { page, pageSize }, signal });
}

export function useVillageHouseholds(campaignId: string, villageCode: string, page: number, pageSize = REVIEW_PAGE_SIZE) {
  return useQuery({
    queryKey: reviewKeys.households(campaignId, villageCode, page, pageSize),
    queryFn: ({ signal }) => listVillageHouseholds(campaignId, villageCode, page, pageSize, signal),
    placeholderData: keepPreviousData,
  });
}
