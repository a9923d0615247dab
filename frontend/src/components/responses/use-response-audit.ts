import { useQuery } from '@tanstack/react-query';
import type { AuditEntryDto } from '@ntm/shared';
import { apiRequest } from '../../lib/api-client';
import { responsePath } from '../../lib/response-path';
import { responseKeys } from './response-keys';

export function getResponseAudit(campaignId: string, responseId: string, signal?: AbortSignal): Promise<AuditEntryDto[]> {
  return apiRequest<AuditEntryDto[]>(`${responsePath(campaignId, responseId)}/audit`, { signal });
}

export function useResponseAudit(campaignId: string, responseId: string) {
  return useQuery({
    queryKey: responseKeys.audit(campaignId, responseId),
    queryFn: ({ signal }) => getResponseAudit(campaignId, responseId, signal),
  });
}
