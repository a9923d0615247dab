import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CampaignDto, CreateCampaignRequest } from '@ntm/shared';
import { apiRequest } from '../../../lib/api-client';
import { campaignKeys } from './campaign-keys';

export function createCampaign(request: CreateCampaignRequest): Promise<CampaignDto> {
  return apiRequest<CampaignDto>('/campaigns', { method: 'POST', body: request });
}

export function useCreateCampaign() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createCampaign,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: campaignKeys.all }),
  });
}
