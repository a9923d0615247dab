import { randomUUID } from 'node:crypto';
import type { CampaignDto, MyAssignmentDto, ResponseDto } from '@ntm/shared';
import { buildHouseholds } from './support/assessment-fixtures';
import { buildIndicatorScenario, type IndicatorScenario, REVIEW_FORMS } from './support/indicator-scenario';
import { bearer, buildAccount, login, startTestApp, type TestApp } from './support/test-app';

describe('the server’s assessment of submitted household review forms', () => {
  let t: TestApp;
  let admin: string;
  let s: IndicatorScenario;
  const responseUrl = (id: string) => `/api/campaigns/${s.campaignId}/responses/${id}`;
  const detail = async (id: string, token = admin) => (await t.api().get(responseUrl(id)).set(bearer(token)).expect(200)).body as ResponseDto;
  const save = (id: string, householdId: string, status: 'draft' | 'submitted', answers: Record<string, unknown>) =>
    t.api().put(responseUrl(id)).set(bearer(s.enumerator)).send({ unitCode: s.villages[0], householdId, status, answers });
  const storedClass = async (id: string) => {
    const rows: { poverty_class: string }[] = await t.dataSource.query(`SELECT poverty_class FROM household_assessment WHERE response_id = $1`, [id]);
    return rows[0]?.poverty_class ?? null;
  };

  beforeAll(async () => {
    t = await startTestApp('demo');
    admin = await login(t, 'admin');
    s = await buildIndicatorScenario(t, admin, '99905');
  });
  afterAll(() => t.close());

  it('shows the supervisor the class, the deprivations in Vietnamese, the income and the reasons', async () => {
    const { username } = await buildAccount(t, { role: 'supervisor', unitCode: s.commune });
    const { assessment } = await detail(s.approved.a, await login(t, username));
    expect(assessment).toMatchObject({ standardId: 'ND07_2022_2025', area: 'rural', referenceDate: '2025-11-15', povertyClass: 'poor', povertyClassLabel: 'Hộ nghèo', unknown: [] });
    expect(assessment!.deprived.map(({ label }) => label)).toEqual(['Nguồn nước sinh hoạt', 'Nhà tiêu hợp vệ sinh', 'Sử dụng dịch vụ viễn thông']);
    // 30 + 8 + 2 + 1 − 9 = 32 million đồng a year for 3 people: 888,889 đồng a month, under 1,500,000.
    expect(assessment!.income).toEqual({ method: 'measured', members: 3, totalYearly: 32_000_000, perPersonMonthly: 888_889 });
    expect(assessment!.trace[0]!.text).toContain('khu vực nông thôn');
    expect(assessment!.trace.at(-1)!.text).toBe('Kết quả: Hộ nghèo.');
    expect((await detail(s.approved.g)).assessment).toMatchObject({ povertyClass: 'screened_out', deprived: [], income: null });
  });

  it('assesses nothing for a draft, then classifies the submission and every resubmission again', async () => {
    const [household] = await buildHouseholds(t, s.villages[0], 1);
    const id = randomUUID();
    expect((await save(id, household!, 'draft', REVIEW_FORMS.poor())).status).toBe(201);
    expect((await detail(id)).assessment).toBeNull();
    expect(await storedClass(id)).toBeNull();

    const submitted = await save(id, household!, 'submitted', REVIEW_FORMS.poor());
    expect(submitted.body.assessment).toMatchObject({ povertyClass: 'poor' });
    expect(await storedClass(id)).toBe('poor');

    await t.api().post(`${responseUrl(id)}/return`).set(bearer(admin)).send({ comment: 'Nhà dùng nước máy' }).expect(200);
    expect((await save(id, household!, 'draft', REVIEW_FORMS.nearPoor())).body.assessment).toMatchObject({ povertyClass: 'poor' }); // a draft changes nothing
    const resubmitted = await save(id, household!, 'submitted', REVIEW_FORMS.nearPoor());
    expect(resubmitted.body).toMatchObject({ status: 'resubmitted', assessment: { povertyClass: 'near_poor', deprived: [{ id: 'latrine' }, { id: 'telecom' }] } });
    expect(await storedClass(id)).toBe('near_poor');
  });

  it('classifies a new submission in the same statement that stores it', async () => {
    const [household] = await buildHouseholds(t, s.villages[0], 1);
    const created = await save(randomUUID(), household!, 'submitted', REVIEW_FORMS.notPoor());
    expect(created.status).toBe(201);
    expect(created.body.assessment).toMatchObject({ povertyClass: 'not_poor', income: { totalYearly: 202_000_000 } });
  });

  it('gives the form runner the reference date and the area the server classifies with', async () => {
    const [household] = await buildHouseholds(t, s.villages[1], 1);
    // Village 2 set as urban (a ward-like settlement in a xã): its own setting wins over its commune's type.
    await t.dataSource.query(`UPDATE administrative_unit SET is_rural = false WHERE code = $1`, [s.villages[1]]);
    const campaign = (await t.api().get(`/api/campaigns/${s.campaignId}`).set(bearer(s.enumerator)).expect(200)).body as CampaignDto;
    const mine = (await t.api().get('/api/me/assignments').set(bearer(s.enumerator)).expect(200)).body as MyAssignmentDto[];
    const areas = Object.fromEntries(mine.filter((a) => a.campaignId === s.campaignId).map((a) => [a.unit.code, a.area]));
    expect(areas).toEqual({ [s.villages[0]]: 'rural', [s.villages[1]]: 'urban' });

    const id = randomUUID();
    const submitted = await t.api().put(responseUrl(id)).set(bearer(s.enumerator)).send({ unitCode: s.villages[1], householdId: household, status: 'submitted', answers: REVIEW_FORMS.poor() });
    expect(submitted.status).toBe(201);
    expect(submitted.body.assessment).toMatchObject({ area: 'urban', referenceDate: campaign.referenceDate });
  });
});
