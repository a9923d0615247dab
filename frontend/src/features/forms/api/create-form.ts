import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateFormRequest, FormDetail } from '@ntm/shared';
import { apiRequest } from '../../../lib/api-client';
import { formKeys } from './form-keys';

export function createForm(request: CreateFormRequest): Promise<FormDetail> {
  return apiRequest<FormDetail>('/forms', { method: 'POST', body: request });
}

export function useCreateForm() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createForm,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: formKeys.all }),
  });
}
