import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Page, UnitDto } from '@ntm/shared';
import { apiRequest } from '../../../lib/api-client';
import { campaignKeys, OPTIONS_PAGE_SIZE } from './campaign-keys';

/** Villages anywhere below a unit, by name or code. */
export function listVillages(rootCode: string, q: string, signal?: AbortSignal): Promise<Page<UnitDto>> {
  return apiRequest<Page<UnitDto>>(`/units/${encodeURIComponent(rootCode)}/descendants`, {
    query: { type: 'village', q, page: 1, pageSize: OPTIONS_PAGE_SIZE },
    signal,
  });
}

export function useVillages(rootCode: string, q: string) {
  return useQuery({
    queryKey: campaignKeys.villages(rootCode, q),
    queryFn: ({ signal }) => listVillages(rootCode, q, signal),
    enabled: Boolean(rootCode),
    placeholderData: keepPreviousData,
    staleTime: 5 * 60_000,
  });
}
