import { randomUUID } from 'node:crypto';
import type { CriteriaSetDetail } from '@ntm/shared';
import { SAMPLE_REVIEW_REFERENCE_DATE } from '@ntm/shared';
import { buildHouseholds } from './assessment-fixtures';
import { REVIEW_FORMS } from './indicator-scenario';
import { buildPoll, keyForms, openBatch, repeat, transition } from './poll-fixtures';
import { assign, buildCampaign, householdReviewVersionId, moveCampaign } from './survey-fixtures';
import { bearer, buildAccount, login, type TestApp } from './test-app';

export const PROVINCE = '97';
export const XA_A = '97001';
export const XA_B = '97002';

/**
 * Province 97 (TDMNPB) with two xã: A with villages of 5 registry households each,
 * B with one village of 4. Returns the province admin's token.
 */
export async function buildCriteriaProvince(t: TestApp): Promise<string> {
  await t.dataSource.query(
    `INSERT INTO administrative_unit (code, name, full_name, type, parent_code, path, depth, search_name, ntm_region) VALUES
      ('97', 'Tỉnh Thử', 'Tỉnh Thử', 'province', 'VN', '/VN/97/', 1, 'tinh thu', 'TDMNPB'),
      ('97001', 'Xã A', 'Xã A', 'commune', '97', '/VN/97/97001/', 2, 'xa a', 'TDMNPB'),
      ('97002', 'Xã B', 'Xã B', 'commune', '97', '/VN/97/97002/', 2, 'xa b', 'TDMNPB'),
      ('97001-01', 'Thôn A1', 'Thôn A1', 'village', '97001', '/VN/97/97001/97001-01/', 3, 'thon a1', 'TDMNPB'),
      ('97001-02', 'Thôn A2', 'Thôn A2', 'village', '97001', '/VN/97/97001/97001-02/', 3, 'thon a2', 'TDMNPB'),
      ('97002-01', 'Thôn B1', 'Thôn B1', 'village', '97002', '/VN/97/97002/97002-01/', 3, 'thon b1', 'TDMNPB')`,
  );
  const { username } = await buildAccount(t, { role: 'admin', unitCode: PROVINCE });
  return login(t, username);
}

/**
 * A 2025 household review over both xã, its forms submitted by an enumerator, approved, and the
 * campaign finalised:
 *   poor, near-poor, not poor (32 + 32 + 202 million đồng, 3 people each); A-02: not poor, average (202 + 62)
 *   B-01: poor, poor (32 + 32)
 * So xã A: (1 + 1) / 10 households = 20.00 %, 530,000,000 / 15 people = 35.33 million; clean water
 * 1 of 5 (only the near-poor household has piped water) = 20.00 %; xã B: 2 / 4 = 50.00 %,
 * 64,000,000 / 6 = 10.67 million, clean water 0 %.
 */
export async function finalisedReview(t: TestApp, admin: string): Promise<string> {
  const [a1, a2, b1] = ['97001-01', '97001-02', '97002-01'];
  const inA1 = await buildHouseholds(t, a1, 5);
  const inA2 = await buildHouseholds(t, a2, 5);
  const inB1 = await buildHouseholds(t, b1, 4);
  const campaignId = await buildCampaign(t, admin, await householdReviewVersionId(t), { unitCodes: [XA_A, XA_B], name: 'Rà soát tỉnh thử 2025', year: 2025, opensOn: SAMPLE_REVIEW_REFERENCE_DATE });
  const { username } = await buildAccount(t, { role: 'enumerator', unitCode: PROVINCE });
  for (const village of [a1, a2, b1]) await assign(t, admin, campaignId, village, username);
  const enumerator = await login(t, username);
  const { poor, nearPoor, average, notPoor } = REVIEW_FORMS;
  const forms: [string, string, Record<string, unknown>][] = [
    [a1, inA1[0]!, poor()], [a1, inA1[1]!, nearPoor()], [a1, inA1[2]!, notPoor()],
    [a2, inA2[0]!, notPoor()], [a2, inA2[1]!, average()],
    [b1, inB1[0]!, poor()], [b1, inB1[1]!, poor()],
  ];
  for (const [village, householdId, answers] of forms) {
    const id = randomUUID();
    const res = await t.api().put(`/api/campaigns/${campaignId}/responses/${id}`).set(bearer(enumerator)).send({ unitCode: village, householdId, status: 'submitted', answers });
    if (res.status !== 201) throw new Error(`submit: ${res.status} ${JSON.stringify(res.body)}`);
    await t.api().post(`/api/campaigns/${campaignId}/responses/${id}/approve`).set(bearer(admin)).send({}).expect(200);
  }
  await moveCampaign(t, admin, campaignId, 'close', 'finalise');
  return campaignId;
}

/** A 2025 satisfaction poll over xã A: every registry household of both villages answers
 * "satisfied" to every item (coverage 100 %), so it passes; closed and finalised. */
export async function finalisedPassingPoll(t: TestApp): Promise<string> {
  const { username } = await buildAccount(t, { role: 'front', unitCode: XA_A });
  const front = await login(t, username);
  const pollId = await buildPoll(t, front, { unitCodes: [XA_A], year: 2025, opensOn: '2025-06-02', name: 'Lấy ý kiến xã A 2025' });
  for (const village of ['97001-01', '97001-02']) await keyForms(t, front, pollId, await openBatch(t, front, pollId, village), repeat('', 5));
  await transition(t, front, pollId, 'close');
  await transition(t, front, pollId, 'finalise');
  return pollId;
}

/** Thresholds (province column TDMNPB) and manual values that make every criterion of `setId`
 * met in xã A for `year`: yes/no indicators true, numbers at the applied threshold, fed facts with
 * a provincial threshold at xã A's value. Returns how many values were entered. */
export async function meetEveryCriterion(t: TestApp, admin: string, setId: string, year: number, facts: Record<string, number>): Promise<number> {
  const detail = (await t.api().get(`/api/criteria/sets/${setId}`).query({ province: PROVINCE }).set(bearer(admin)).expect(200)).body as CriteriaSetDetail;
  let entered = 0;
  for (const indicator of detail.set.criteria.flatMap((c) => c.indicators)) {
    const national = (indicator.thresholds.TDMNPB ?? indicator.thresholds.ALL ?? []).filter((s) => s.fromYear <= year).at(-1)?.value;
    if (indicator.source.kind === 'feed') {
      const fact = facts[indicator.source.feed];
      if (fact !== undefined) await setThreshold(t, admin, setId, indicator.id, year, fact);
      continue;
    }
    let value: number | boolean = true;
    if (indicator.comparison !== 'yes_no') {
      value = typeof national === 'number' ? national : 50;
      if (national === undefined) await setThreshold(t, admin, setId, indicator.id, year, 50);
    }
    await enterValue(t, admin, { unitCode: XA_A, setId, indicatorId: indicator.id, year, value });
    entered++;
  }
  return entered;
}

export async function setThreshold(t: TestApp, admin: string, setId: string, indicatorId: string, fromYear: number, value: number | boolean | null, column = 'TDMNPB'): Promise<void> {
  const res = await t.api().put('/api/criteria/thresholds').set(bearer(admin)).send({ provinceCode: PROVINCE, setId, indicatorId, column, fromYear, value, note: 'Quyết định của UBND tỉnh thử' });
  if (res.status !== 200) throw new Error(`threshold ${indicatorId}: ${res.status} ${JSON.stringify(res.body)}`);
}

export async function enterValue(t: TestApp, token: string, body: { unitCode: string; setId: string; indicatorId: string; year: number; value: number | boolean }): Promise<void> {
  const res = await t.api().post('/api/criteria/manual-values').set(bearer(token)).send({ ...body, note: 'Báo cáo của phòng chuyên môn', evidenceDate: `${body.year}-10-01`, evidenceUrl: 'https://example.org/bao-cao.pdf' });
  if (res.status !== 201) throw new Error(`manual ${body.indicatorId}: ${res.status} ${JSON.stringify(res.body)}`);
}
