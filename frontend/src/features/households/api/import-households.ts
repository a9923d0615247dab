import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { HouseholdImportReport } from '@ntm/shared';
import type { ImportCall } from '../../../components/import/import-file-form';
import { apiDownload, apiRequest } from '../../../lib/api-client';
import { saveFile } from '../../../lib/save-file';
import { householdKeys } from '../../../components/households/household-queries';

export function importHouseholds({ file, dryRun }: ImportCall): Promise<HouseholdImportReport> {
  const body = new FormData();
  body.append('file', file);
  return apiRequest<HouseholdImportReport>('/households/import', { method: 'POST', body, query: { dryRun } });
}

export function useImportHouseholds() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: importHouseholds,
    onSuccess: async (report) => {
      if (report.imported) await queryClient.invalidateQueries({ queryKey: householdKeys.all });
    },
  });
}

export function useImportTemplate() {
  return useMutation({
    mutationFn: async () => {
      const { fileName, blob } = await apiDownload('/households/import/template');
      saveFile(fileName, blob);
    },
  });
}
