import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { formKeys, formPath } from './form-keys';

export function discardFormDraft(formId: string): Promise<void> {
  return apiRequest<void>(`${formPath(formId)}/draft`, { method: 'DELETE' });
}

export function useDiscardFormDraft(formId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => discardFormDraft(formId),
    // Not awaited: the refetch unmounts the draft editor, whose own callbacks must run first.
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: formKeys.all }),
  });
}
