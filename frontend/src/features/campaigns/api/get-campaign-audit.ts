import { useQuery } from '@tanstack/react-query';
import type { AuditEntryDto } from '@ntm/shared';
import { apiRequest } from '../../../lib/api-client';
import { campaignKeys, campaignPath } from './campaign-keys';

export function getCampaignAudit(campaignId: string, signal?: AbortSignal): Promise<AuditEntryDto[]> {
  return apiRequest<AuditEntryDto[]>(`${campaignPath(campaignId)}/audit`, { signal });
}

export function useCampaignAudit(campaignId: string) {
  return useQuery({ queryKey: campaignKeys.audit(campaignId), queryFn: ({ signal }) => getCampaignAudit(campaignId, signal) });
}
