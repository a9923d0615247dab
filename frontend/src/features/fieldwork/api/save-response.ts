import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ResponseDto, SaveResponseRequest } from '@ntm/shared';
import { refreshResponse } from '../../../components/responses/refresh-response';
import { responsePath } from '../../../components/responses/response-keys';
import { apiRequest } from '../../../lib/api-client';
import { myAssignmentsKey } from './get-my-assignments';

/** Creates or updates a response under the id the client minted, so a retry cannot duplicate it. */
export function saveResponse(campaignId: string, responseId: string, request: SaveResponseRequest): Promise<ResponseDto> {
  return apiRequest<ResponseDto>(responsePath(campaignId, responseId), { method: 'PUT', body: request });
}

export function useSaveResponse(campaignId: string, responseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: SaveResponseRequest) => saveResponse(campaignId, responseId, request),
    onSuccess: async (saved) => {
      await Promise.all([refreshResponse(queryClient, saved), queryClient.invalidateQueries({ queryKey: myAssignmentsKey })]);
    },
  });
}
