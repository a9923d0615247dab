import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ReasonRequest, ResponseDto, ReturnRequest, ReviewRequest } from '@ntm/shared';
import { refreshResponse } from '../../../components/responses/refresh-response';
import { responsePath } from '../../../lib/response-path';
import { apiRequest } from '../../../lib/api-client';

/** The three review endpoints (POST …/approve, …/return, …/reopen) differ only in their body. */
export type ReviewCall =
  | { action: 'approve'; body: ReviewRequest }
  | { action: 'return'; body: ReturnRequest }
  | { action: 'reopen'; body: ReasonRequest };

export function reviewResponse(campaignId: string, responseId: string, call: ReviewCall): Promise<ResponseDto> {
  return apiRequest<ResponseDto>(`${responsePath(campaignId, responseId)}/${call.action}`, { method: 'POST', body: call.body });
}

export function useReviewResponse(campaignId: string, responseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (call: ReviewCall) => reviewResponse(campaignId, responseId, call),
    onSuccess: (saved) => refreshResponse(queryClient, saved),
  });
}
