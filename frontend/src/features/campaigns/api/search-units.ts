import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Page, UnitDto, UnitType } from '@ntm/shared';
import { apiRequest } from '../../../lib/api-client';
import { campaignKeys, OPTIONS_PAGE_SIZE } from './campaign-keys';

export const MIN_UNIT_SEARCH = 2;

/** Units of one type in the user's scope whose name (accents optional) or code matches. */
export function searchUnits(type: UnitType, q: string, signal?: AbortSignal): Promise<Page<UnitDto>> {
  return apiRequest<Page<UnitDto>>('/units', { query: { q, type, page: 1, pageSize: OPTIONS_PAGE_SIZE }, signal });
}

export function useUnitOptions(type: UnitType, q: string) {
  return useQuery({
    queryKey: campaignKeys.units(type, q),
    queryFn: ({ signal }) => searchUnits(type, q, signal),
    enabled: q.length >= MIN_UNIT_SEARCH,
    placeholderData: keepPreviousData,
    staleTime: 5 * 60_000,
  });
}
