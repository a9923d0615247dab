import { useMutation, useQueryClient } from '@tanstack/react-query';
import { saveFile } from '../../../lib/save-file';
import { formVersionQuery } from '../api/get-form-version';
import { formatDefinition } from './parse-definition';

/** Downloads the JSON of a form version as `<key>-v<version>.json`. */
export function useExportVersion() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (versionId: string) => {
      const version = await queryClient.fetchQuery(formVersionQuery(versionId));
      saveFile(`${version.formKey}-v${version.version}.json`, new Blob([formatDefinition(version.definition)], { type: 'application/json' }));
    },
  });
}
