import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Page, ResponseQuery, ResponseSummary } from '@ntm/shared';
import { apiRequest } from '../../lib/api-client';
import { responseKeys } from './response-keys';

export function listResponses(query: ResponseQuery, signal?: AbortSignal): Promise<Page<ResponseSummary>> {
  return apiRequest<Page<ResponseSummary>>('/responses', { query, signal });
}

export function useResponses(query: ResponseQuery) {
  return useQuery({
    queryKey: responseKeys.list(query),
    queryFn: ({ signal }) => listResponses(query, signal),
    placeholderData: keepPreviousData,
  });
}
