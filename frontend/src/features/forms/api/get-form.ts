import { useQuery } from '@tanstack/react-query';
import type { FormDetail } from '@ntm/shared';
import { apiRequest } from '../../../lib/api-client';
import { formKeys, formPath } from './form-keys';

/** The form with its versions, newest first. */
export function getForm(formId: string, signal?: AbortSignal): Promise<FormDetail> {
  return apiRequest<FormDetail>(formPath(formId), { signal });
}

export function useForm(formId: string) {
  return useQuery({ queryKey: formKeys.detail(formId), queryFn: ({ signal }) => getForm(formId, signal) });
}
