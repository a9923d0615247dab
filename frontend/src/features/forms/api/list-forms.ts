import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { FormSummary, Page } from '@ntm/shared';
import { apiRequest } from '../../../lib/api-client';
import { formKeys, type FormListParams } from './form-keys';

export function listForms(params: FormListParams, signal?: AbortSignal): Promise<Page<FormSummary>> {
  return apiRequest<Page<FormSummary>>('/forms', { query: params, signal });
}

export function useForms(params: FormListParams) {
  return useQuery({
    queryKey: formKeys.list(params),
    queryFn: ({ signal }) => listForms(params, signal),
    placeholderData: keepPreviousData,
  });
}
