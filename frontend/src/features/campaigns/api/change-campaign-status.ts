import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CampaignAction, CampaignDto } from '@ntm/shared';
import { apiRequest } from '../../../lib/api-client';
import { campaignKeys, campaignPath } from './campaign-keys';

type StatusChange = { action: CampaignAction; reason?: string };

/** open, close, finalise, or unfinalise (which needs a reason). */
export function changeCampaignStatus(campaignId: string, { action, reason }: StatusChange): Promise<CampaignDto> {
  const body = action === 'unfinalise' ? { reason } : undefined;
  return apiRequest<CampaignDto>(`${campaignPath(campaignId)}/${action}`, { method: 'POST', body });
}

export function useChangeCampaignStatus(campaignId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: StatusChange) => changeCampaignStatus(campaignId, change),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: campaignKeys.all }),
  });
}
