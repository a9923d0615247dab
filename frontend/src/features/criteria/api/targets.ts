import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TargetDto, TargetRequest } from '@ntm/shared';
import { apiRequest } from '../../../lib/api-client';
import { criteriaKeys, useCriteriaMutation } from './criteria-keys';

export function useTargets(unit: string, set: string) {
  return useQuery({
    queryKey: criteriaKeys.targets(unit, set),
    queryFn: ({ signal }) => apiRequest<TargetDto[]>('/criteria/targets', { query: { unit, set }, signal }),
    enabled: Boolean(unit && set),
  });
}

/** Admin: creates a target, or replaces the one with `id`. */
export function useSaveTarget() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, request }: { id: string | null; request: TargetRequest }) =>
      id
        ? apiRequest<TargetDto>(`/criteria/targets/${encodeURIComponent(id)}`, { method: 'PUT', body: request })
        : apiRequest<TargetDto>('/criteria/targets', { method: 'POST', body: request }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: criteriaKeys.all }),
  });
}

/** Admin: removes a target (audited by the server). */
export function useDeleteTarget() {
  return useCriteriaMutation((id: string) => apiRequest<void>(`/criteria/targets/${encodeURIComponent(id)}`, { method: 'DELETE' }));
}
