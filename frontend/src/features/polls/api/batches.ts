import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreateBatchRequest, PollBatchDto, PollFormSaved } from '@ntm/shared';
import { apiRequest } from '../../../lib/api-client';
import { pollKeys, pollPath } from './poll-keys';

export function useBatches(pollId: string, villageCode?: string) {
  return useQuery({
    queryKey: pollKeys.batches(pollId, villageCode),
    queryFn: ({ signal }) => apiRequest<PollBatchDto[]>(pollPath(pollId, '/batches'), { query: { villageCode }, signal }),
  });
}

export function useCreateBatch(pollId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateBatchRequest) => apiRequest<PollBatchDto>(pollPath(pollId, '/batches'), { method: 'POST', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...pollKeys.all, pollId] }),
  });
}

export function useVoidBatch(pollId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ batchId, reason }: { batchId: string; reason: string }) =>
      apiRequest<PollBatchDto>(pollPath(pollId, `/batches/${batchId}/void`), { method: 'POST', body: { reason } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...pollKeys.all, pollId] }),
  });
}

const formPath = (pollId: string, batchId: string, formId: string) => pollPath(pollId, `/batches/${batchId}/forms/${formId}`);

/** One paper form under the id the client minted: a retry can never count it twice. */
export function savePaperForm(pollId: string, batchId: string, formId: string, answers: Record<string, unknown>): Promise<PollFormSaved> {
  return apiRequest<PollFormSaved>(formPath(pollId, batchId, formId), { method: 'PUT', body: { answers } });
}

export function undoPaperForm(pollId: string, batchId: string, formId: string): Promise<PollFormSaved> {
  return apiRequest<PollFormSaved>(formPath(pollId, batchId, formId), { method: 'DELETE' });
}
