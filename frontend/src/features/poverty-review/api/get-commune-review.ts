import { useQuery } from '@tanstack/react-query';
import type { CommuneReviewDto } from '@ntm/shared';
import { apiRequest } from '../../../lib/api-client';
import { communePath, reviewKeys } from './review-keys';

export function getCommuneReview(campaignId: string, communeCode: string, signal?: AbortSignal): Promise<CommuneReviewDto> {
  return apiRequest<CommuneReviewDto>(communePath(campaignId, communeCode), { signal });
}

export function useCommuneReview(campaignId: string, communeCode: string) {
  return useQuery({ queryKey: reviewKeys.commune(campaignId, communeCode), queryFn: ({ signal }) => getCommuneReview(campaignId, communeCode, signal) });
}
