import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { EvidenceFileDto, ManualValueDto, ManualValueRequest, SetThresholdRequest } from '@ntm/shared';
import { apiRequest } from '../../../lib/api-client';
import { criteriaKeys } from './criteria-keys';

/** A manual value: the evidence file goes up first, then the value that cites it. */
export function useSaveManualValue() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ request, file }: { request: ManualValueRequest; file: File | null }) => {
      let evidenceFileId: string | undefined;
      if (file) {
        const body = new FormData();
        body.append('file', file);
        // The unit decides who may download the file: the readers of that unit.
        evidenceFileId = (await apiRequest<EvidenceFileDto>('/criteria/evidence', { method: 'POST', body, query: { unit: request.unitCode } })).id;
      }
      return apiRequest<ManualValueDto>('/criteria/manual-values', { method: 'POST', body: { ...request, evidenceFileId } });
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: criteriaKeys.all }),
  });
}

/** Province admin: the province's column of a threshold (audited by the server). */
export function useSetThreshold() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: SetThresholdRequest) => apiRequest<unknown>('/criteria/thresholds', { method: 'PUT', body: request }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: criteriaKeys.all }),
  });
}
