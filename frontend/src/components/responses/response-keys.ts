import type { ResponseQuery } from '@ntm/shared';

/** Query keys of responses, shared by the enumerator's and the supervisor's pages so a change
 * made in one refreshes the other. */
export const responseKeys = {
  all: ['responses'] as const,
  lists: () => ['responses', 'list'] as const,
  list: (query: ResponseQuery) => ['responses', 'list', query] as const,
  detail: (campaignId: string, responseId: string) => ['responses', 'detail', campaignId, responseId] as const,
  audit: (campaignId: string, responseId: string) => ['responses', 'audit', campaignId, responseId] as const,
};
