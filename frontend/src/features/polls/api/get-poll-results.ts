import { useQuery } from '@tanstack/react-query';
import type { PollResults, VillageProposals } from '@ntm/shared';
import { apiRequest } from '../../../lib/api-client';
import { pollKeys, pollPath } from './poll-keys';

export function usePollResults(pollId: string, enabled: boolean) {
  return useQuery({
    queryKey: pollKeys.results(pollId),
    queryFn: ({ signal }) => apiRequest<PollResults>(pollPath(pollId, '/results'), { signal }),
    enabled,
  });
}

export function usePollProposals(pollId: string, enabled: boolean) {
  return useQuery({
    queryKey: pollKeys.proposals(pollId),
    queryFn: ({ signal }) => apiRequest<VillageProposals[]>(pollPath(pollId, '/proposals'), { signal }),
    enabled,
  });
}
