import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RecomputeIndicatorsResult } from '@ntm/shared';
import { apiRequest } from '../../../lib/api-client';
import { indicatorKeys } from './get-poverty-indicators';

/** Admin: every unit of the campaign from scratch (refused once the campaign is finalised). */
export function useRecomputePovertyIndicators(campaignId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequest<RecomputeIndicatorsResult>('/poverty-indicators/recompute', { method: 'POST', body: { campaign: campaignId } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: indicatorKeys.ofCampaign(campaignId) }),
  });
}
