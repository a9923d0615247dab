import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreatePollRequest, PollDetail, PollFormOption } from '@ntm/shared';
import { apiRequest } from '../../../lib/api-client';
import { pollKeys } from './poll-keys';

export function useCreatePoll() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: CreatePollRequest) => apiRequest<PollDetail>('/polls', { method: 'POST', body: request }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['campaigns'] }),
  });
}

/** The standard poll questionnaires, to create a poll with. */
export function usePollForms() {
  return useQuery({
    queryKey: [...pollKeys.all, 'forms'],
    queryFn: ({ signal }) => apiRequest<PollFormOption[]>('/polls/forms', { signal }),
    staleTime: 5 * 60_000,
  });
}
