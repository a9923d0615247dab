import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { PovertyIndicatorsDto, PovertyIndicatorsQuery } from '@ntm/shared';
import { apiRequest } from '../../../lib/api-client';

export const indicatorKeys = {
  all: ['poverty-indicators'] as const,
  ofCampaign: (campaignId: string) => ['poverty-indicators', campaignId] as const,
  detail: (query: PovertyIndicatorsQuery) => ['poverty-indicators', query.campaign, query] as const,
};

export function getPovertyIndicators(query: PovertyIndicatorsQuery, signal?: AbortSignal): Promise<PovertyIndicatorsDto> {
  return apiRequest<PovertyIndicatorsDto>('/poverty-indicators', { query, signal });
}

export function usePovertyIndicators(query: PovertyIndicatorsQuery) {
  return useQuery({
    queryKey: indicatorKeys.detail(query),
    queryFn: ({ signal }) => getPovertyIndicators(query, signal),
    placeholderData: keepPreviousData,
  });
}
