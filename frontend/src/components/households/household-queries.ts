import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { HouseholdDto, HouseholdQuery, HouseholdSummary, Page } from '@ntm/shared';
import { apiRequest } from '../../lib/api-client';

/** Reading the registry: the registry pages and the enumerator's household picker share these. */
export const householdKeys = {
  all: ['households'] as const,
  list: (query: HouseholdQuery) => ['households', 'list', query] as const,
  detail: (id: string) => ['households', 'detail', id] as const,
  exports: (page: number) => ['households', 'exports', page] as const,
};

export const householdPath = (id: string) => `/households/${encodeURIComponent(id)}`;

export function listHouseholds(query: HouseholdQuery, signal?: AbortSignal): Promise<Page<HouseholdSummary>> {
  return apiRequest<Page<HouseholdSummary>>('/households', { query, signal });
}

export function useHouseholds(query: HouseholdQuery, enabled = true) {
  return useQuery({ queryKey: householdKeys.list(query), queryFn: ({ signal }) => listHouseholds(query, signal), placeholderData: keepPreviousData, enabled });
}

export function getHousehold(id: string, signal?: AbortSignal): Promise<HouseholdDto> {
  return apiRequest<HouseholdDto>(householdPath(id), { signal });
}

export function useHousehold(id: string, enabled = true) {
  return useQuery({ queryKey: householdKeys.detail(id), queryFn: ({ signal }) => getHousehold(id, signal), enabled: enabled && Boolean(id) });
}
