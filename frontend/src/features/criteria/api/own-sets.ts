import { useQuery } from '@tanstack/react-query';
import type { CriteriaSet, CriteriaSetSummary, OwnSetRequest } from '@ntm/shared';
import { apiRequest } from '../../../lib/api-client';
import { criteriaKeys, useCriteriaMutation } from './criteria-keys';

/** The province's own sets (latest versions). */
export function useOwnSets(province: string) {
  return useQuery({
    queryKey: [...criteriaKeys.sets(), 'own', province],
    queryFn: ({ signal }) => apiRequest<CriteriaSet[]>('/criteria/own-sets', { query: { province }, signal }),
    enabled: Boolean(province),
  });
}

/** Admin: saves a set of the province as a new version (validated: 400 with the problem of each field). */
export function useSaveOwnSet() {
  return useCriteriaMutation((request: OwnSetRequest) => apiRequest<CriteriaSetSummary>('/criteria/own-sets', { method: 'POST', body: request }));
}
