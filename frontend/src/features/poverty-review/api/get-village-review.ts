import { useQuery } from '@tanstack/react-query';
import type { AuditEntryDto, VillageReviewDto } from '@ntm/shared';
import { apiRequest } from '../../../lib/api-client';
import { reviewKeys, villagePath } from './review-keys';

export function getVillageReview(campaignId: string, villageCode: string, signal?: AbortSignal): Promise<VillageReviewDto> {
  return apiRequest<VillageReviewDto>(villagePath(campaignId, villageCode), { signal });
}

export function useVillageReview(campaignId: string, villageCode: string) {
  return useQuery({ queryKey: reviewKeys.village(campaignId, villageCode), queryFn: ({ signal }) => getVillageReview(campaignId, villageCode, signal) });
}

export function useVillageAudit(campaignId: string, villageCode: string) {
  return useQuery({
    queryKey: reviewKeys.audit(campaignId, villageCode),
    queryFn: ({ signal }) => apiRequest<AuditEntryDto[]>(`${villagePath(campaignId, villageCode)}/audit`, { signal }),
  });
}
