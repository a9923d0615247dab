import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CampaignAction, CampaignDto, IssuedTokens, PollRules, PollVillageDto, SetHouseholdsRequest } from '@ntm/shared';
import { apiRequest } from '../../../lib/api-client';
import { pollKeys, pollPath } from './poll-keys';

function useInvalidatePoll(pollId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: [...pollKeys.all, pollId] });
}

export function usePollTransition(pollId: string) {
  const invalidate = useInvalidatePoll(pollId);
  return useMutation({
    mutationFn: (body: { action: CampaignAction; reason?: string }) => apiRequest<CampaignDto>(pollPath(pollId, '/transition'), { method: 'POST', body }),
    onSuccess: invalidate,
  });
}

export function useUpdatePollRules(pollId: string) {
  const invalidate = useInvalidatePoll(pollId);
  return useMutation({
    mutationFn: (rules: PollRules) => apiRequest<PollRules>(pollPath(pollId, '/rules'), { method: 'PUT', body: rules }),
    onSuccess: invalidate,
  });
}

export function useSetHouseholds(pollId: string) {
  const invalidate = useInvalidatePoll(pollId);
  return useMutation({
    mutationFn: ({ villageCode, ...body }: SetHouseholdsRequest & { villageCode: string }) =>
      apiRequest<PollVillageDto>(pollPath(pollId, `/villages/${encodeURIComponent(villageCode)}/households`), { method: 'PUT', body }),
    onSuccess: invalidate,
  });
}

export function useIssueTokens(pollId: string) {
  const invalidate = useInvalidatePoll(pollId);
  return useMutation({
    mutationFn: (body: { villageCode: string; count: number }) => apiRequest<IssuedTokens>(pollPath(pollId, '/tokens'), { method: 'POST', body }),
    onSuccess: invalidate,
  });
}
