import { useQuery } from '@tanstack/react-query';
import type { FormVersionDto } from '@ntm/shared';
import { apiRequest } from '../../lib/api-client';

export function getFormVersion(versionId: string, signal?: AbortSignal): Promise<FormVersionDto> {
  return apiRequest<FormVersionDto>(`/form-versions/${encodeURIComponent(versionId)}`, { signal });
}

/** Responses are filled and shown with a published version, which never changes once published.
 * The key is the forms pages' own, so both share one cache entry. */
export function useFormVersion(versionId: string | undefined) {
  return useQuery({
    queryKey: ['forms', 'version', versionId ?? ''],
    queryFn: ({ signal }) => getFormVersion(versionId ?? '', signal),
    enabled: Boolean(versionId),
    staleTime: Infinity,
  });
}
