import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ProxyTableVersionDto, SaveProxyTableRequest } from '@ntm/shared';
import { proxyTableKeys } from '../../../components/poverty/proxy-table-keys';
import { apiRequest } from '../../../lib/api-client';

/** Saves a new version; the lists and every unit's effective table are refetched. */
export function useSaveProxyTable() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: SaveProxyTableRequest) => apiRequest<ProxyTableVersionDto>('/proxy-tables', { method: 'POST', body: request }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: proxyTableKeys.all }),
  });
}
