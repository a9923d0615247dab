import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CampaignDto } from '@ntm/shared';
import { apiRequest } from '../../../lib/api-client';
import { campaignKeys, campaignPath } from './campaign-keys';

/** A new draft campaign for the next period, with the same settings. */
export function copyCampaignToNextPeriod(campaignId: string): Promise<CampaignDto> {
  return apiRequest<CampaignDto>(`${campaignPath(campaignId)}/copy-next`, { method: 'POST' });
}

export function useCopyCampaign(campaignId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => copyCampaignToNextPeriod(campaignId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: campaignKeys.all }),
  });
}
