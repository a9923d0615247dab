import { type CampaignSource, responsesUrl } from './responses-url';

const source = (campaignKind: CampaignSource['campaignKind']): CampaignSource => ({ kind: 'campaign', campaignId: 'c-1', campaignName: 'Chiến dịch', campaignKind, year: 2025 });

describe('responsesUrl: the app page listing a village’s responses of the campaign', () => {
  it("opens the village's record in its commune's household review", () => {
    expect(responsesUrl(source('household_review'), '02839', '02839-01')).toBe('/poverty-review/c-1/02839?village=02839-01');
  });

  it("opens a poll's page, where anonymous ballots are counted per village", () => {
    expect(responsesUrl(source('satisfaction_poll'), '02839', '02839-01')).toBe('/polls/c-1');
  });

  it("opens an income survey's review queue", () => {
    expect(responsesUrl(source('income_survey'), '02839', '02839-01')).toBe('/review?campaign=c-1');
  });
});
