import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { CriteriaDashboard } from '@ntm/shared';
import { apiRequest } from '../../../lib/api-client';
import { criteriaKeys } from './criteria-keys';

export function useCriteriaDashboard(unit: string, set: string, year: number) {
  return useQuery({
    queryKey: criteriaKeys.dashboard(unit, set, year),
    queryFn: ({ signal }) => apiRequest<CriteriaDashboard>('/criteria/dashboard', { query: { unit, set, year }, signal }),
    enabled: Boolean(unit && set && year),
    placeholderData: keepPreviousData,
  });
}
