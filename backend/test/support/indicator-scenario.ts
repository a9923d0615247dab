import { randomUUID } from 'node:crypto';
import { type AssessmentFacts, buildCommune, buildHouseholds, insertAssessment, insertRecognition } from './assessment-fixtures';
import { assign, buildCampaign, sampleAnswers, sampleHouseholdVersionId } from './survey-fixtures';
import { bearer, buildAccount, login, type TestApp } from './test-app';

export type IndicatorScenario = {
  campaignId: string;
  commune: string;
  villages: [string, string, string];
  /** Submitted, not approved: D (poor, village 1) and H (near-poor, village 2). */
  pending: { d: string; h: string };
};

const NONE = { durableHousing: false, cleanWater: false, hygienicLatrine: false, allInsured: false, internetUse: false };
const ALL = { durableHousing: true, cleanWater: true, hygienicLatrine: true, allInsured: true, internetUse: true };

/**
 * Xã `commune` with three villages: 10 active households (and one moved away) in the first, 5 in
 * the second, 2 in the third. A household review campaign over it, where an enumerator submits
 * forms through the API and the admin approves them through the API:
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
  const campaignId = await buildCampaign(t, admin, await sampleHouseholdVersionId(t), { unitCodes: [commune], name: `Rà soát ${commune}` });
  const { username } = await buildAccount(t, { role: 'enumerator', unitCode: commune });
  await assign(t, admin, campaignId, v1, username);
  await assign(t, admin, campaignId, v2, username);
  const enumerator = await login(t, username);

  const submit = async (village: string, householdId: string, assessment: AssessmentFacts) => {
    const id = randomUUID();
    const res = await t.api().put(`/api/campaigns/${campaignId}/responses/${id}`).set(bearer(enumerator)).send({ unitCode: village, householdId, status: 'submitted', answers: sampleAnswers() });
    if (res.status !== 201) throw new Error(`submit: ${res.status} ${JSON.stringify(res.body)}`);
    await insertAssessment(t, id, assessment);
    return id;
  };
  const approved = [
    await submit(v1, inV1[0]!, { povertyClass: 'poor', deprived: ['employment', 'health_insurance', 'clean_water'], members: 4, incomeYearly: 12_000_000, facts: NONE, socialProtection: true }),
    await submit(v1, inV1[1]!, { povertyClass: 'near_poor', deprived: ['employment'], members: 5, incomeYearly: 15_000_000, facts: { ...ALL, internetUse: null }, impoverishedByShock: true }),
    await submit(v1, inV1[2]!, { povertyClass: 'not_poor', members: 3, incomeYearly: 60_000_000, facts: ALL }),
    await submit(v2, inV2[0]!, { povertyClass: 'poor', deprived: ['employment', 'housing_area', 'internet'], members: 2, incomeYearly: 10_000_000, facts: { ...NONE, cleanWater: true, allInsured: true }, socialProtection: true, impoverishedByShock: true }),
    await submit(v2, inV2[1]!, { povertyClass: 'average', deprived: ['housing_area'], members: 4, incomeYearly: 80_000_000, facts: ALL }),
    await submit(v2, inV2[2]!, { povertyClass: 'screened_out', members: 3 }),
  ];
  const d = await submit(v1, inV1[3]!, { povertyClass: 'poor', deprived: ['employment', 'health_insurance', 'housing_area'], members: 6, incomeYearly: 12_000_000, facts: NONE });
  const h = await submit(v2, inV2[3]!, { povertyClass: 'near_poor', deprived: ['clean_water'], members: 3, incomeYearly: 9_000_000, facts: ALL });
  // Recorded before the approvals so that the approvals' refreshes count them (recognition itself
  // does not refresh the indicators yet).
  await insertRecognition(t, campaignId, inV1[0]!, 'poor', 'newly_poor');
  await insertRecognition(t, campaignId, inV1[1]!, 'not_poor', 'escaped_poor');
  await insertRecognition(t, campaignId, inV2[0]!, 'poor', 'newly_poor');
  for (const id of approved) await t.api().post(`/api/campaigns/${campaignId}/responses/${id}/approve`).set(bearer(admin)).send({}).expect(200);
  return { campaignId, commune, villages, pending: { d, h } };
}
