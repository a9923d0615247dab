import type { QueryClient } from '@tanstack/react-query';
import type { ResponseDto } from '@ntm/shared';
import { responseKeys } from './response-keys';

/** After a save or a review: cache the answer and refresh what lists or audits the response. */
export async function refreshResponse(queryClient: QueryClient, saved: ResponseDto): Promise<void> {
  queryClient.setQueryData(responseKeys.detail(saved.campaignId, saved.id), saved);
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: responseKeys.lists() }),
    queryClient.invalidateQueries({ queryKey: responseKeys.audit(saved.campaignId, saved.id) }),
  ]);
}
