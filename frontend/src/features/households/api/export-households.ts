import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { HouseholdExportQuery, Page, PersonalDataExportDto } from '@ntm/shared';
import { apiDownload, apiRequest } from '../../../lib/api-client';
import { saveFile } from '../../../lib/save-file';
import { householdKeys } from '../../../components/households/household-queries';

export const EXPORTS_PAGE_SIZE = 50;

/** Downloads the names under a unit; the server logs the download, so the log is refreshed. */
export function useExportHouseholds() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (query: HouseholdExportQuery) => {
      const { fileName, blob } = await apiDownload('/households/export', query);
      saveFile(fileName, blob);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: [...householdKeys.all, 'exports'] }),
  });
}

export function listExports(page: number, signal?: AbortSignal): Promise<Page<PersonalDataExportDto>> {
  return apiRequest<Page<PersonalDataExportDto>>('/households/exports', { query: { page, pageSize: EXPORTS_PAGE_SIZE }, signal });
}

export function useExportLog(page: number) {
  return useQuery({ queryKey: householdKeys.exports(page), queryFn: ({ signal }) => listExports(page, signal) });
}
