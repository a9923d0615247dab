import { isReviewedKind, type CampaignKind } from '@ntm/shared';

const segment = encodeURIComponent;

export const villagePath = (campaignId: string, unitCode: string) => `/fieldwork/${segment(campaignId)}/villages/${segment(unitCode)}`;

export const runnerPath = (campaignId: string, responseId: string) => `/fieldwork/${segment(campaignId)}/responses/${segment(responseId)}`;

/** A new form gets its ids now and keeps them in the URL, so saving again after a failure or a
 * reload re-sends the same response (and household) instead of creating another. */
export function newResponsePath(campaignId: string, kind: CampaignKind, unitCode: string): string {
  const params = new URLSearchParams({ unit: unitCode, new: '1' });
  // Household campaigns need a household; the registry comes later, so a new form mints one.
  if (isReviewedKind(kind)) params.set('household', crypto.randomUUID());
  return `${runnerPath(campaignId, crypto.randomUUID())}?${params.toString()}`;
}
