import { useQuery } from '@tanstack/react-query';
import type { PollDetail } from '@ntm/shared';
import { apiRequest } from '../../../lib/api-client';
import { pollKeys, pollPath } from './poll-keys';

export function usePoll(pollId: string) {
  return useQuery({
    queryKey: pollKeys.detail(pollId),
    queryFn: ({ signal }) => apiRequest<PollDetail>(pollPath(pollId), { signal }),
  });
}
