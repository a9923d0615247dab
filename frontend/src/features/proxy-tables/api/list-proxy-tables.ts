import { useQuery } from '@tanstack/react-query';
import type { ProxyTableVersionDto } from '@ntm/shared';
import { proxyTableKeys } from '../../../components/poverty/proxy-table-keys';
import { apiRequest } from '../../../lib/api-client';

/** Every saved version of the national and province tables the admin works in or under, newest first. */
export function useProxyTables(scope = '') {
  return useQuery({
    queryKey: proxyTableKeys.list(scope),
    queryFn: ({ signal }) => apiRequest<ProxyTableVersionDto[]>('/proxy-tables', { query: { scope: scope || undefined }, signal }),
  });
}
