import { useQuery } from '@tanstack/react-query';
import type { FormVersionDto } from '@ntm/shared';
import { apiRequest } from '../../../lib/api-client';
import { formKeys } from './form-keys';

export function getFormVersion(versionId: string, signal?: AbortSignal): Promise<FormVersionDto> {
  return apiRequest<FormVersionDto>(`/form-versions/${encodeURIComponent(versionId)}`, { signal });
}

export const formVersionQuery = (versionId: string) => ({
  queryKey: formKeys.version(versionId),
  queryFn: ({ signal }: { signal?: AbortSignal }) => getFormVersion(versionId, signal),
});

export function useFormVersion(versionId: string) {
  return useQuery(formVersionQuery(versionId));
}
