import type { ValueSource } from '@ntm/shared';

type CampaignSource = Extract<ValueSource, { kind: 'campaign' }>;

/** The campaign's own figures: a poll's page, or the indicators of a review or income survey. */
export function campaignHref(source: CampaignSource, unitCode: string): string {
  if (source.campaignKind === 'satisfaction_poll') return `/polls/${source.campaignId}`;
  return `/campaigns/${source.campaignId}/indicators?unit=${encodeURIComponent(unitCode)}`;
}

/** Where a village's responses are listed for every reader of the criteria (steering included):
 * a poll's page, or the village's record in the commune's review. */
export function responsesHref(source: CampaignSource, communeCode: string, villageCode: string): string {
  if (source.campaignKind === 'satisfaction_poll') return `/polls/${source.campaignId}`;
  return `/poverty-review/${source.campaignId}/${encodeURIComponent(communeCode)}?village=${encodeURIComponent(villageCode)}`;
}
