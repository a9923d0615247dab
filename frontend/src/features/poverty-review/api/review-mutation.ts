import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { reviewKeys } from './review-keys';

type Call = { path: string; method?: 'POST' | 'PUT' | 'DELETE'; body?: unknown };

/** A step of the review: sent to `path`, then the whole campaign's review is read again (a step in
 * one village changes the commune's table, its lists and the village's trail). */
export function useReviewMutation<Input, Output = unknown>(campaignId: string, toCall: (input: Input) => Call) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Input) => {
      const { path, method = 'POST', body } = toCall(input);
      return apiRequest<Output>(path, { method, body: body ?? {} });
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: reviewKeys.campaign(campaignId) }),
  });
}
