import { useMutation, useQueryClient } from '@tanstack/react-query';
import { formVersionQuery } from '../api/get-form-version';
import { formatDefinition } from './parse-definition';

function downloadText(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // Revoked after the click has been handled, or some browsers cancel the download.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Downloads the JSON of a form version as `<key>-v<version>.json`. */
export function useExportVersion() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (versionId: string) => {
      const version = await queryClient.fetchQuery(formVersionQuery(versionId));
      downloadText(`${version.formKey}-v${version.version}.json`, formatDefinition(version.definition));
    },
  });
}
