import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Page, PersonRef } from '@ntm/shared';
import { apiRequest } from '../../../lib/api-client';
import { campaignKeys, campaignPath, OPTIONS_PAGE_SIZE } from './campaign-keys';

export type EnumeratorOption = PersonRef & { unitCode: string };

/** Enumerators who may be assigned in the campaign, by name or username. */
export function listEnumerators(campaignId: string, q: string, signal?: AbortSignal): Promise<Page<EnumeratorOption>> {
  return apiRequest<Page<EnumeratorOption>>(`${campaignPath(campaignId)}/enumerators`, {
    query: { q, page: 1, pageSize: OPTIONS_PAGE_SIZE },
    signal,
  });
}

export function useEnumerators(campaignId: string, q: string) {
  return useQuery({
    queryKey: campaignKeys.enumerators(campaignId, q),
    queryFn: ({ signal }) => listEnumerators(campaignId, q, signal),
    placeholderData: keepPreviousData,
  });
}
