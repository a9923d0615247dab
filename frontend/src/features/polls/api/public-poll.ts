import { useMutation, useQuery } from '@tanstack/react-query';
import type { PollFormSaved, PublicPollForm } from '@ntm/shared';
import { apiRequest } from '../../../lib/api-client';

const publicPath = (code: string) => `/public/polls/${encodeURIComponent(code)}`;

/** No login: the code on the slip is the only key. */
export function usePublicPoll(code: string) {
  return useQuery({
    queryKey: ['public-poll', code],
    queryFn: ({ signal }) => apiRequest<PublicPollForm>(publicPath(code), { signal, auth: false }),
    retry: false,
  });
}

export function useSubmitPublicPoll(code: string) {
  return useMutation({
    mutationFn: (answers: Record<string, unknown>) => apiRequest<PollFormSaved>(publicPath(code), { method: 'POST', body: { answers }, auth: false }),
  });
}
