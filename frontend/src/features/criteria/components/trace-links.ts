import type { ValueSource } from '@ntm/shared';

type CampaignSource = Extract<ValueSource, { kind: 'campaign' }>;

/** The campaign's own figures: a poll's page, or the indicators of a review or income survey. */
export function campaignHref(source: CampaignSource, unitCode: string): string {
  if (source.campaignKind === 'satisfaction_poll') return `/polls/${source.campaignId}`;
  return `/campaigns/${source.campaignId}/indicators?unit=${encodeURIComponent(unitCode)}`;
}
