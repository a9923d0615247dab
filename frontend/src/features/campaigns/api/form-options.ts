import { useQuery } from '@tanstack/react-query';
import { PAGE_SIZE_MAX, type FormDetail, type FormSummary, type Page } from '@ntm/shared';
import { apiRequest } from '../../../lib/api-client';
import { campaignKeys } from './campaign-keys';

export function listFormOptions(signal?: AbortSignal): Promise<Page<FormSummary>> {
  return apiRequest<Page<FormSummary>>('/forms', { query: { page: 1, pageSize: PAGE_SIZE_MAX }, signal });
}

export function getFormDetail(formId: string, signal?: AbortSignal): Promise<FormDetail> {
  return apiRequest<FormDetail>(`/forms/${encodeURIComponent(formId)}`, { signal });
}

/** Forms that have a published version: the only ones a campaign may use. */
export function usePublishedForms() {
  return useQuery({
    queryKey: campaignKeys.forms,
    queryFn: ({ signal }) => listFormOptions(signal),
    select: (page) => page.items.filter((form) => form.publishedVersion !== null),
  });
}

/** A form's published versions, newest first. */
export function usePublishedVersions(formId: string) {
  return useQuery({
    queryKey: campaignKeys.form(formId),
    queryFn: ({ signal }) => getFormDetail(formId, signal),
    enabled: Boolean(formId),
    select: (form) => form.versions.filter((version) => version.status === 'published'),
  });
}
