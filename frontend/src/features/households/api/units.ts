import { useQuery } from '@tanstack/react-query';
import type { Page, UnitDto, UnitWithAncestors } from '@ntm/shared';
import { apiRequest } from '../../../lib/api-client';

const unitPath = (code: string) => `/units/${encodeURIComponent(code)}`;

/** A unit with its ancestors and the units right under it: where the registry is browsed from. */
export function useUnitLevel(code: string) {
  const unit = useQuery({
    queryKey: ['units', 'detail', code],
    queryFn: ({ signal }) => apiRequest<UnitWithAncestors>(unitPath(code), { signal }),
    enabled: Boolean(code),
  });
  const children = useQuery({
    queryKey: ['units', 'children', code, 'all'],
    queryFn: ({ signal }) => apiRequest<Page<UnitDto>>(`${unitPath(code)}/children`, { query: { page: 1, pageSize: 200 }, signal }),
    enabled: Boolean(code) && unit.data?.type !== 'village',
  });
  return { unit, children };
}
