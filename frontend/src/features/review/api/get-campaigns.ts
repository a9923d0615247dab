import { useQuery } from '@tanstack/react-query';
import type { CampaignDto, CampaignQuery, Page } from '@ntm/shared';
import { apiRequest } from '../../../lib/api-client';

export function listCampaigns(query: CampaignQuery, signal?: AbortSignal): Promise<Page<CampaignDto>> {
  return apiRequest<Page<CampaignDto>>('/campaigns', { query, signal });
}

export function useCampaigns(query: CampaignQuery) {
  return useQuery({
    queryKey: ['campaigns', 'list', query],
    queryFn: ({ signal }) => listCampaigns(query, signal),
  });
}
