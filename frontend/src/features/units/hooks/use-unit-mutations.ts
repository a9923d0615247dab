import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateUnitRequest, UpdateUnitRequest } from '@ntm/shared';
import { createUnit, importUnits, unitKeys, updateUnit } from '../api/units-api';

export function useUpdateUnit(code: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: UpdateUnitRequest) => updateUnit(code, request),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: unitKeys.all }),
  });
}

export function useCreateUnit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: CreateUnitRequest) => createUnit(request),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: unitKeys.all }),
  });
}

export function useImportUnits() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, dryRun }: { file: File; dryRun: boolean }) => importUnits(file, dryRun),
    onSuccess: async (report) => {
      if (report.imported) await queryClient.invalidateQueries({ queryKey: unitKeys.all });
    },
  });
}
