import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AssignmentDto, CreateAssignmentRequest } from '@ntm/shared';
import { apiRequest } from '../../../lib/api-client';
import { campaignKeys, campaignPath } from './campaign-keys';

export function createAssignment(campaignId: string, request: CreateAssignmentRequest): Promise<AssignmentDto> {
  return apiRequest<AssignmentDto>(`${campaignPath(campaignId)}/assignments`, { method: 'POST', body: request });
}

export function useCreateAssignment(campaignId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: CreateAssignmentRequest) => createAssignment(campaignId, request),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: campaignKeys.assignments(campaignId) }),
  });
}
