import { useQuery } from '@tanstack/react-query';
import type { UnitWithAncestors } from '@ntm/shared';
import { apiRequest } from '../../lib/api-client';

/** Query key of one unit; the units feature's writes invalidate every key under `['units']`. */
export const unitDetailKey = (code: string) => ['units', 'detail', code] as const;

/** A unit with its ancestors, read by the unit pages and the criteria pages alike. */
export function useUnit(code: string | null) {
  return useQuery({
    queryKey: unitDetailKey(code ?? ''),
    queryFn: ({ signal }) => apiRequest<UnitWithAncestors>(`/units/${encodeURIComponent(code ?? '')}`, { signal }),
    enabled: Boolean(code),
  });
}
