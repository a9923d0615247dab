import { useMutation } from '@tanstack/react-query';
import { apiDownload } from '../../../lib/api-client';
import { saveFile } from '../../../lib/save-file';

/** Downloads an xlsx the server streams (`…/posted-lists/xlsx` or `…/recognition-lists/xlsx`). */
export function useDownloadXlsx(path: string) {
  return useMutation({
    mutationFn: async () => {
      const { fileName, blob } = await apiDownload(path);
      saveFile(fileName, blob);
    },
  });
}
