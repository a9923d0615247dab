import type { ClosedYearDto, CloseYearRequest, RecomputeCriteriaRequest, RecomputeCriteriaResult } from '@ntm/shared';
import { apiRequest } from '../../../lib/api-client';
import { useCriteriaMutation } from './criteria-keys';

/** Admin: closes a province's year (its evaluations become the snapshot) or reopens it with a reason. */
export function useCloseYear(action: 'close' | 'reopen') {
  return useCriteriaMutation((request: CloseYearRequest) => apiRequest<ClosedYearDto>(`/criteria/years/${action}`, { method: 'POST', body: request }));
}

/** Admin: recomputes a province's scores now (every year of every set, closed years skipped). */
export function useRecomputeCriteria() {
  return useCriteriaMutation((request: RecomputeCriteriaRequest) => apiRequest<RecomputeCriteriaResult>('/criteria/recompute', { method: 'POST', body: request }));
}
