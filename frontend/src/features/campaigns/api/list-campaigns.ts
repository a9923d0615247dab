import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { CampaignDto, CampaignQuery, Page } from '@ntm/shared';
import { apiRequest } from '../../../lib/api-client';
import { campaignKeys } from './campaign-keys';

export function listCampaigns(query: CampaignQuery, signal?: AbortSignal): Promise<Page<CampaignDto>> {
  return apiRequest<Page<CampaignDto>>('/campaigns', { query, signal });
}

export function useCampaigns(query: CampaignQuery) {
  return useQuery({
    queryKey: campaignKeys.list(query),
    queryFn: ({ signal }) => listCampaigns(query, signal),
    placeholderData: keepPreviousData,
  });
}
