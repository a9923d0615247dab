/** The API path of one response (the idempotent PUT, the review actions). */
export const responsePath = (campaignId: string, responseId: string) =>
  `/campaigns/${encodeURIComponent(campaignId)}/responses/${encodeURIComponent(responseId)}`;
