import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { IndicatorTrace, UnitCriteriaPage } from '@ntm/shared';
import { apiRequest } from '../../../lib/api-client';
import { criteriaKeys, criteriaUnitPath } from './criteria-keys';

export function useUnitCriteria(code: string, set: string, year: number) {
  return useQuery({
    queryKey: criteriaKeys.unit(code, set, year),
    queryFn: ({ signal }) => apiRequest<UnitCriteriaPage>(criteriaUnitPath(code), { query: { set, year }, signal }),
    enabled: Boolean(code && set && year),
    placeholderData: keepPreviousData,
  });
}

export function useIndicatorTrace(unit: string, set: string, year: number, indicator: string) {
  return useQuery({
    queryKey: criteriaKeys.trace(unit, set, year, indicator),
    queryFn: ({ signal }) => apiRequest<IndicatorTrace>('/criteria/trace', { query: { unit, set, year, indicator }, signal }),
    enabled: Boolean(unit && set && year && indicator),
  });
}
