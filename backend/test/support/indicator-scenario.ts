import { randomUUID } from 'node:crypto';
import { SAMPLE_REVIEW_REFERENCE_DATE, sampleHouseholdReviewAnswers } from '@ntm/shared';
import { buildCommune, buildHouseholds, insertRecognition } from './assessment-fixtures';
import { assign, buildCampaign, householdReviewVersionId } from './survey-fixtures';
import { bearer, buildAccount, login, type TestApp } from './test-app';

export type IndicatorScenario = {
  campaignId: string;
  commune: string;
  villages: [string, string, string];
  /** Approved: A (poor, village 1) and G (screened out, village 2). */
  approved: { a: string; g: string };
  /** Submitted, not approved: D (poor, village 1) and H (near-poor, village 2). */
  pending: { d: string; h: string };
  /** The token of the enumerator who submitted them (assigned to villages 1 and 2). */
  enumerator: string;
};

type Answers = Record<string, unknown>;

/**
 * Review forms of the standard household review form (households of 3, reference date 2025-11-15),
 * each classified by the server on submission (Decree 07/2021, rural):
 * - poor: the sample, deprived in water, latrine and telecom, 32,000,000 đồng a year;
 * - near-poor: piped water, so deprived in latrine and telecom only;
 * - average: 62,000,000 đồng a year (1,722,222 a month, in (1,500,000; 2,250,000]), living from farming;
 * - not poor: 202,000,000 đồng a year;
 * - screened out: the quick screening found a car.
 */
export const REVIEW_FORMS = {
  poor: (o: Answers = {}) => sampleHouseholdReviewAnswers(o),
  nearPoor: (o: Answers = {}) => sampleHouseholdReviewAnswers({ water_source: 'piped', ...o }),
  average: () => sampleHouseholdReviewAnswers({ income_crops: 60_000_000 }),
  notPoor: () => sampleHouseholdReviewAnswers({ income_crops: 200_000_000 }),
  screenedOut: () => ({ reference_date: SAMPLE_REVIEW_REFERENCE_DATE, screening_signs: ['car'] }),
};

/**
 * Xã `commune` with three villages: 10 active households (and one moved away) in the first, 5 in
 * the second, 2 in the third. A 2025 household review campaign over it, where an enumerator submits
 * review forms (REVIEW_FORMS) through the API, the server classifies them on submission, and the
 * admin approves them through the API:
 *
 *   village 1: A poor (social protection), B near-poor (disaster), C not poor; D poor, not approved
 *   village 2: E poor (both flags), F average, G screened out; H near-poor, not approved
 *
 * A and E are recognised as newly poor, B as escaped poverty.
 */
export async function buildIndicatorScenario(t: TestApp, admin: string, commune: string): Promise<IndicatorScenario> {
  const villages = (await buildCommune(t, commune, 3)) as [string, string, string];
  const [v1, v2, v3] = villages;
  const inV1 = await buildHouseholds(t, v1, 10);
  const inV2 = await buildHouseholds(t, v2, 5);
  await buildHouseholds(t, v3, 2);
  await buildHouseholds(t, v1, 1, 'moved');
  const campaignId = await buildCampaign(t, admin, await householdReviewVersionId(t), {
    unitCodes: [commune], name: `Rà soát ${commune}`, year: 2025, opensOn: SAMPLE_REVIEW_REFERENCE_DATE,
  });
  const { username } = await buildAccount(t, { role: 'enumerator', unitCode: commune });
  await assign(t, admin, campaignId, v1, username);
  await assign(t, admin, campaignId, v2, username);
  const enumerator = await login(t, username);

  const submit = async (village: string, householdId: string, answers: Answers) => {
    const id = randomUUID();
    const res = await t.api().put(`/api/campaigns/${campaignId}/responses/${id}`).set(bearer(enumerator)).send({ unitCode: village, householdId, status: 'submitted', answers });
    if (res.status !== 201) throw new Error(`submit: ${res.status} ${JSON.stringify(res.body)}`);
    return id;
  };
  const { poor, nearPoor, average, notPoor, screenedOut } = REVIEW_FORMS;
  const approved = [
    await submit(v1, inV1[0]!, poor({ social_protection: true })),
    await submit(v1, inV1[1]!, nearPoor({ impoverished_by_shock: true })),
    await submit(v1, inV1[2]!, notPoor()),
    await submit(v2, inV2[0]!, poor({ social_protection: true, impoverished_by_shock: true })),
    await submit(v2, inV2[1]!, average()),
    await submit(v2, inV2[2]!, screenedOut()),
  ];
  const d = await submit(v1, inV1[3]!, poor());
  const h = await submit(v2, inV2[3]!, nearPoor());
  // Recorded before the approvals so that the approvals' refreshes count them (recognition itself
  // does not refresh the indicators yet).
  await insertRecognition(t, campaignId, inV1[0]!, 'poor', 'newly_poor');
  await insertRecognition(t, campaignId, inV1[1]!, 'not_poor', 'escaped_poor');
  await insertRecognition(t, campaignId, inV2[0]!, 'poor', 'newly_poor');
  for (const id of approved) await t.api().post(`/api/campaigns/${campaignId}/responses/${id}/approve`).set(bearer(admin)).send({}).expect(200);
  return { campaignId, commune, villages, approved: { a: approved[0]!, g: approved[5]! }, pending: { d, h }, enumerator };
}
