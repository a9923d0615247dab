import { useMutation } from '@tanstack/react-query';
import { apiDownload } from '../../../lib/api-client';
import { saveFile } from '../../../lib/save-file';

/** The summary report by unit (xlsx) of a unit's subtree, streamed by the server. */
export function useDownloadIndicatorSummary(campaignId: string, unitCode: string | undefined) {
  return useMutation({
    mutationFn: async () => {
      const { fileName, blob } = await apiDownload('/poverty-indicators/export', { campaign: campaignId, unit: unitCode });
      saveFile(fileName, blob);
    },
  });
}
