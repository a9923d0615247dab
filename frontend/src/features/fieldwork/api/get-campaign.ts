import { useQuery } from '@tanstack/react-query';
import type { CampaignDto } from '@ntm/shared';
import { apiRequest } from '../../../lib/api-client';

export function getCampaign(campaignId: string, signal?: AbortSignal): Promise<CampaignDto> {
  return apiRequest<CampaignDto>(`/campaigns/${encodeURIComponent(campaignId)}`, { signal });
}

export function useCampaign(campaignId: string) {
  return useQuery({
    queryKey: ['campaigns', 'detail', campaignId],
    queryFn: ({ signal }) => getCampaign(campaignId, signal),
  });
}
