import { useQuery } from '@tanstack/react-query';
import type { EffectiveProxyTableDto } from '@ntm/shared';
import { apiRequest } from '../../lib/api-client';
import { proxyTableKeys } from './proxy-table-keys';

/** Tables change rarely; the server reuses its own answer for a minute as well. */
const STALE_MS = 60_000;

/**
 * The B1 table that scores a unit's households (its province's latest version, else the national
 * one, else the default to be confirmed), for `assessHouseholdReview(answers, { proxyTable })`.
 * Disabled while `unitCode` is empty.
 */
export function useEffectiveProxyTable(unitCode: string | undefined) {
  return useQuery({
    queryKey: proxyTableKeys.effective(unitCode ?? ''),
    queryFn: ({ signal }) => apiRequest<EffectiveProxyTableDto>('/proxy-tables/effective', { query: { unit: unitCode }, signal }),
    enabled: Boolean(unitCode),
    staleTime: STALE_MS,
  });
}
