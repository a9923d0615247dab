import { useQuery } from '@tanstack/react-query';
import type { MyAssignmentDto } from '@ntm/shared';
import { apiRequest } from '../../../lib/api-client';

export const myAssignmentsKey = ['me', 'assignments'] as const;

export function getMyAssignments(signal?: AbortSignal): Promise<MyAssignmentDto[]> {
  return apiRequest<MyAssignmentDto[]>('/me/assignments', { signal });
}

export function useMyAssignments() {
  return useQuery({ queryKey: myAssignmentsKey, queryFn: ({ signal }) => getMyAssignments(signal) });
}
