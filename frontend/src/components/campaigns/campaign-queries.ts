import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { CampaignDto, CampaignQuery, Page } from '@ntm/shared';
import { apiRequest } from '../../lib/api-client';

/** Reading campaigns, shared by the pages that manage them, fill them and review them. */
export const campaignReadKeys = {
  list: (query: CampaignQuery) => ['campaigns', 'list', query] as const,
  detail: (campaignId: string) => ['campaigns', 'detail', campaignId] as const,
};

export const campaignPath = (campaignId: string) => `/campaigns/${encodeURIComponent(campaignId)}`;

export function useCampaigns(query: CampaignQuery) {
  return useQuery({
    queryKey: campaignReadKeys.list(query),
    queryFn: ({ signal }) => apiRequest<Page<CampaignDto>>('/campaigns', { query, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useCampaign(campaignId: string) {
  return useQuery({
    queryKey: campaignReadKeys.detail(campaignId),
    queryFn: ({ signal }) => apiRequest<CampaignDto>(campaignPath(campaignId), { signal }),
  });
}
