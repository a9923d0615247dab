import { useQuery } from '@tanstack/react-query';
import type { CampaignDto } from '@ntm/shared';
import { apiRequest } from '../../../lib/api-client';
import { campaignKeys, campaignPath } from './campaign-keys';

export function getCampaign(campaignId: string, signal?: AbortSignal): Promise<CampaignDto> {
  return apiRequest<CampaignDto>(campaignPath(campaignId), { signal });
}

export function useCampaign(campaignId: string) {
  return useQuery({ queryKey: campaignKeys.detail(campaignId), queryFn: ({ signal }) => getCampaign(campaignId, signal) });
}
