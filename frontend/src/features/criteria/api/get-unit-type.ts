import { useQuery } from '@tanstack/react-query';
import type { UnitWithAncestors } from '@ntm/shared';
import { apiRequest } from '../../../lib/api-client';

/** A unit and its type: a commune account goes to its commune page, a village page shows the village sets. */
export function useUnitDetail(code: string) {
  return useQuery({
    queryKey: ['units', 'detail', code],
    queryFn: ({ signal }) => apiRequest<UnitWithAncestors>(`/units/${encodeURIComponent(code)}`, { signal }),
    staleTime: 5 * 60_000,
  });
}
