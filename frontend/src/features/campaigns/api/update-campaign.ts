import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CampaignDto, UpdateCampaignRequest } from '@ntm/shared';
import { apiRequest } from '../../../lib/api-client';
import { campaignKeys, campaignPath } from './campaign-keys';

export function updateCampaign(campaignId: string, request: UpdateCampaignRequest): Promise<CampaignDto> {
  return apiRequest<CampaignDto>(campaignPath(campaignId), { method: 'PATCH', body: request });
}

export function useUpdateCampaign(campaignId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: UpdateCampaignRequest) => updateCampaign(campaignId, request),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: campaignKeys.all }),
  });
}
