export const reviewPath = (campaignId: string, responseId: string) =>
  `/review/${encodeURIComponent(campaignId)}/${encodeURIComponent(responseId)}`;
