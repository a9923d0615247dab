import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { AssignmentDto, Page } from '@ntm/shared';
import { apiRequest } from '../../../lib/api-client';
import { campaignKeys, campaignPath } from './campaign-keys';

const ASSIGNMENTS_PAGE_SIZE = 50;

export function listAssignments(campaignId: string, page: number, signal?: AbortSignal): Promise<Page<AssignmentDto>> {
  return apiRequest<Page<AssignmentDto>>(`${campaignPath(campaignId)}/assignments`, {
    query: { page, pageSize: ASSIGNMENTS_PAGE_SIZE },
    signal,
  });
}

export function useAssignments(campaignId: string, page: number) {
  return useQuery({
    queryKey: campaignKeys.assignmentPage(campaignId, page),
    queryFn: ({ signal }) => listAssignments(campaignId, page, signal),
    placeholderData: keepPreviousData,
  });
}
