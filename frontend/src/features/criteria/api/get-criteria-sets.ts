import { useQuery } from '@tanstack/react-query';
import type { CriteriaSetDetail, CriteriaSetSummary } from '@ntm/shared';
import { apiRequest } from '../../../lib/api-client';
import { criteriaKeys } from './criteria-keys';

/** Every set the caller's province uses (national and its own); pages filter them by year. */
export function useCriteriaSets() {
  return useQuery({
    queryKey: criteriaKeys.sets(),
    queryFn: ({ signal }) => apiRequest<CriteriaSetSummary[]>('/criteria/sets', { signal }),
    staleTime: 5 * 60_000,
  });
}

export function useCriteriaSetDetail(setId: string, province: string) {
  return useQuery({
    queryKey: criteriaKeys.setDetail(setId, province),
    queryFn: ({ signal }) => apiRequest<CriteriaSetDetail>(`/criteria/sets/${encodeURIComponent(setId)}`, { query: { province }, signal }),
    enabled: Boolean(setId && province),
  });
}
