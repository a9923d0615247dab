import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FormVersionDto, SaveFormDraftRequest } from '@ntm/shared';
import { apiRequest } from '../../../lib/api-client';
import { formKeys, formPath } from './form-keys';
import { getFormVersion } from './get-form-version';

export function saveFormDraft(formId: string, request: SaveFormDraftRequest): Promise<FormVersionDto> {
  return apiRequest<FormVersionDto>(`${formPath(formId)}/draft`, { method: 'PUT', body: request });
}

export function useSaveFormDraft(formId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: SaveFormDraftRequest) => saveFormDraft(formId, request),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: formKeys.all }),
  });
}

/** Starts the next draft as a copy of an existing version. */
export function useNewDraftFrom(formId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (versionId: string) => {
      const source = await getFormVersion(versionId);
      return saveFormDraft(formId, { title: source.title, definition: source.definition });
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: formKeys.all }),
  });
}
