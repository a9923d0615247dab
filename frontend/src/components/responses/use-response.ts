import { useQuery } from '@tanstack/react-query';
import type { ResponseDto } from '@ntm/shared';
import { apiRequest } from '../../lib/api-client';
import { responsePath } from '../../lib/response-path';
import { responseKeys } from './response-keys';

export function getResponse(campaignId: string, responseId: string, signal?: AbortSignal): Promise<ResponseDto> {
  return apiRequest<ResponseDto>(responsePath(campaignId, responseId), { signal });
}

export function useResponse(campaignId: string, responseId: string, enabled = true) {
  return useQuery({
    queryKey: responseKeys.detail(campaignId, responseId),
    queryFn: ({ signal }) => getResponse(campaignId, responseId, signal),
    enabled,
    // Someone else (the supervisor, the enumerator) may have changed it since it was cached.
    staleTime: 0,
  });
}
