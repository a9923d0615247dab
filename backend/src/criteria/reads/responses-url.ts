import type { ValueSource } from '@ntm/shared';

export type CampaignSource = Extract<ValueSource, { kind: 'campaign' }>;

/** The app's page that lists a village's responses in the campaign, readable by every reader of
 * the criteria: a household review's village record in its commune (its households and their
 * forms); a poll's page (anonymous ballots, counted per village); an income survey's review queue. */
export function responsesUrl(source: CampaignSource, communeCode: string, villageCode: string): string {
  const village = encodeURIComponent(villageCode);
  switch (source.campaignKind) {
    case 'household_review':
      return `/poverty-review/${source.campaignId}/${encodeURIComponent(communeCode)}?village=${village}`;
    case 'satisfaction_poll':
      return `/polls/${source.campaignId}`;
    case 'income_survey':
    case 'custom':
      return `/review?campaign=${source.campaignId}`;
  }
}
