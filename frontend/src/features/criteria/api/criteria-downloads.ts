import { useMutation } from '@tanstack/react-query';
import { apiDownload } from '../../../lib/api-client';
import { saveFile } from '../../../lib/save-file';
import { criteriaUnitPath } from './criteria-keys';

type Scope = { unit: string; set: string; year: number };

/** The province summary (communes × criteria, targets, per-criterion counts), streamed xlsx. */
export function useDownloadCriteriaSummary() {
  return useMutation({
    mutationFn: async ({ unit, set, year }: Scope) => {
      const { fileName, blob } = await apiDownload('/criteria/dashboard/export', { unit, set, year });
      saveFile(fileName, blob);
    },
  });
}

/** One commune's criteria table with values, thresholds and sources, streamed xlsx. */
export function useDownloadUnitCriteria() {
  return useMutation({
    mutationFn: async ({ unit, set, year }: Scope) => {
      const { fileName, blob } = await apiDownload(criteriaUnitPath(unit, '/export'), { set, year });
      saveFile(fileName, blob);
    },
  });
}
