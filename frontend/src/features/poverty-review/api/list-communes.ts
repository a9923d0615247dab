import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Page, UnitDto } from '@ntm/shared';
import { apiRequest } from '../../../lib/api-client';
import { reviewKeys } from './review-keys';

/** Communes below a unit the campaign covers (a province), by name or code. */
export function useCommunesBelow(unitCode: string, q: string) {
  return useQuery({
    queryKey: reviewKeys.communes(unitCode, q),
    queryFn: ({ signal }) =>
      apiRequest<Page<UnitDto>>(`/units/${encodeURIComponent(unitCode)}/descendants`, { query: { type: 'commune', q, page: 1, pageSize: 50 }, signal }),
    placeholderData: keepPreviousData,
  });
}
