const segment = encodeURIComponent;

export const villagePath = (campaignId: string, unitCode: string) => `/fieldwork/${segment(campaignId)}/villages/${segment(unitCode)}`;

export const runnerPath = (campaignId: string, responseId: string) => `/fieldwork/${segment(campaignId)}/responses/${segment(responseId)}`;

/** A new form gets its id now and keeps it in the URL, so saving again after a failure or a reload
 * re-sends the same response instead of creating another. Household campaigns name the household
 * of the registry the form is about. */
export function newResponsePath(campaignId: string, unitCode: string, householdId?: string): string {
  const params = new URLSearchParams({ unit: unitCode, new: '1' });
  if (householdId) params.set('household', householdId);
  return `${runnerPath(campaignId, crypto.randomUUID())}?${params.toString()}`;
}
