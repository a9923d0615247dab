import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { campaignKeys, campaignPath } from './campaign-keys';

export function deleteAssignment(campaignId: string, assignmentId: string): Promise<void> {
  return apiRequest<void>(`${campaignPath(campaignId)}/assignments/${encodeURIComponent(assignmentId)}`, { method: 'DELETE' });
}

export function useDeleteAssignment(campaignId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (assignmentId: string) => deleteAssignment(campaignId, assignmentId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: campaignKeys.assignments(campaignId) }),
  });
}
