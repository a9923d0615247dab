import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FormVersionDto, SaveFormDraftRequest } from '@ntm/shared';
import { apiRequest } from '../../../lib/api-client';
import { formKeys, formPath } from './form-keys';
import { saveFormDraft } from './save-form-draft';

export function publishForm(formId: string): Promise<FormVersionDto> {
  return apiRequest<FormVersionDto>(`${formPath(formId)}/publish`, { method: 'POST' });
}

/** Publishes the draft, saving unsaved edits first so what is published is what the editor shows. */
export function usePublishForm(formId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (unsaved: SaveFormDraftRequest | null) => {
      if (unsaved) await saveFormDraft(formId, unsaved);
      return publishForm(formId);
    },
    // Not awaited: the refetch unmounts the draft editor, whose own callbacks must run first.
    onSettled: () => void queryClient.invalidateQueries({ queryKey: formKeys.all }),
  });
}
