import { randomUUID } from 'node:crypto';
import {
  accountId,
  assign,
  buildCampaign,
  demoCampaignId,
  moveCampaign,
  neighbourCommune,
  sampleHouseholdVersionId,
  saveHouseholdResponse,
} from './support/survey-fixtures';
import { bearer, buildAccount, login, startTestApp, type TestApp } from './support/test-app';

type Progress = { unit: { code: string }; enumerator: { username: string }; done: number; drafts: number; returned: number; expected: number | null };

describe('assignments of enumerators to villages', () => {
  let t: TestApp;
  let admin: string;
  let supervisor: string;
  let enumerator: string;
  let enumeratorId: string;
  let versionId: string;
  let demoId: string;
  const url = (campaignId: string) => `/api/campaigns/${campaignId}/assignments`;
  const post = (campaignId: string, body: object, token = supervisor) => t.api().post(url(campaignId)).set(bearer(token)).send(body);
  const list = async (campaignId: string, token = supervisor): Promise<Progress[]> => (await t.api().get(url(campaignId)).set(bearer(token)).expect(200)).body.items;
  const openCampaign = (overrides = {}) => buildCampaign(t, admin, versionId, overrides);

  beforeAll(async () => {
    t = await startTestApp('demo');
    [admin, supervisor, enumerator] = await Promise.all(['admin', 'supervisor', 'enumerator'].map((u) => login(t, u))) as [string, string, string];
    enumeratorId = await accountId(t, 'enumerator');
    versionId = await sampleHouseholdVersionId(t);
    demoId = await demoCampaignId(t);
  });
  afterAll(() => t.close());

  it('lets a supervisor assign an enumerator to a village with the households expected there', async () => {
    const campaignId = await openCampaign();
    const res = await post(campaignId, { enumeratorId, unitCode: '02839-02', expectedHouseholds: 35 });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      campaignId,
      enumerator: { id: enumeratorId, username: 'enumerator', fullName: 'Giàng Seo Phủ (rà soát viên)' },
      unit: { code: '02839-02', type: 'village' },
      communeName: 'Bắc Hà',
      expected: 35,
      done: 0,
      drafts: 0,
      returned: 0,
    });
    const again = await post(campaignId, { enumeratorId, unitCode: '02839-02' });
    expect([again.status, again.body.code]).toEqual([409, 'CONFLICT']);
  });

  it.each([
    ['a commune instead of a village', async () => ({ unitCode: '02839' }), 'unitCode'],
    ['an unknown unit', async () => ({ unitCode: '02839-99' }), 'unitCode'],
    ['a village outside the campaign', async () => ({ unitCode: (await neighbourCommune(t)).village }), 'unitCode'],
    ['an account that is not an enumerator', async () => ({ enumeratorId: await accountId(t, 'front') }), 'enumeratorId'],
    ['a disabled enumerator', async () => ({ enumeratorId: (await buildAccount(t, { disabled: true })).id }), 'enumeratorId'],
    ['an enumerator of another commune', async () => ({ enumeratorId: (await buildAccount(t, { unitCode: (await neighbourCommune(t)).commune })).id }), 'enumeratorId'],
    ['an unknown account', async () => ({ enumeratorId: randomUUID() }), 'enumeratorId'],
  ])('refuses %s with 400', async (_, overrides, field) => {
    const campaignId = await openCampaign();
    const res = await post(campaignId, { enumeratorId, unitCode: '02839-01', ...(await overrides()) }, admin);
    expect([res.status, res.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    expect(res.body.details.map((d: { field: string }) => d.field)).toEqual([field]);
  });

  it('keeps enumerators, steering and the front from assigning', async () => {
    const campaignId = await openCampaign();
    for (const username of ['enumerator', 'steering', 'front']) {
      const res = await post(campaignId, { enumeratorId, unitCode: '02839-01' }, await login(t, username));
      expect([username, res.status, res.body.code]).toEqual([username, 403, 'FORBIDDEN']);
    }
    expect((await t.api().get(url(campaignId)).set(bearer(enumerator))).status).toBe(403);
  });

  it('counts as done the enumerator’s submitted, resubmitted and approved responses in that village only', async () => {
    const campaignId = await openCampaign();
    const other = await buildAccount(t, { username: 'ly.thi.hoa' });
    await post(campaignId, { enumeratorId, unitCode: '02839-02', expectedHouseholds: 10 }).expect(201);
    await post(campaignId, { enumeratorId: other.id, unitCode: '02839-02' }).expect(201);
    await assign(t, admin, campaignId, '02839-01');
    const save = (unit: string, status: 'draft' | 'submitted', token = enumerator) => saveHouseholdResponse(t, token, campaignId, unit, status);
    const [approved, toReturn, toResubmit] = [await save('02839-02', 'submitted'), await save('02839-02', 'submitted'), await save('02839-02', 'submitted')];
    await save('02839-02', 'submitted');
    await save('02839-02', 'draft');
    await save('02839-01', 'submitted');
    await save('02839-02', 'submitted', await login(t, other.username));
    const review = (id: string, action: string) => t.api().post(`/api/campaigns/${campaignId}/responses/${id}/${action}`).set(bearer(supervisor)).send({ comment: 'Kiểm tra lại số nhân khẩu' });
    await review(approved, 'approve').expect(200);
    for (const id of [toReturn, toResubmit]) await review(id, 'return').expect(200);
    const returned = (await t.api().get(`/api/campaigns/${campaignId}/responses/${toResubmit}`).set(bearer(enumerator))).body;
    await t.api().put(`/api/campaigns/${campaignId}/responses/${toResubmit}`).set(bearer(enumerator)).send({ unitCode: '02839-02', householdId: returned.householdId, answers: returned.answers, status: 'submitted' }).expect(200);

    const progress = (await list(campaignId)).map(({ unit, enumerator: e, done, drafts, returned: r, expected }) => [unit.code, e.username, done, drafts, r, expected]);
    expect(progress).toEqual([
      ['02839-01', 'enumerator', 1, 0, 0, null],
      ['02839-02', 'enumerator', 3, 1, 1, 10],
      ['02839-02', 'ly.thi.hoa', 1, 0, 0, null],
    ]);
    expect(await list(campaignId, await login(t, 'steering'))).toHaveLength(3);
  });

  it('lists for the enumerator only their villages in open campaigns', async () => {
    const { username } = await buildAccount(t, { username: 'sung.a.pao' });
    const open = await openCampaign({ name: 'Đợt đang mở' });
    const draft = await buildCampaign(t, admin, versionId, { name: 'Đợt chưa mở' }, false);
    const closed = await openCampaign({ name: 'Đợt đã đóng' });
    for (const id of [open, draft, closed]) await assign(t, admin, id, '02839-03', username);
    await moveCampaign(t, admin, closed, 'close');
    const res = await t.api().get('/api/me/assignments').set(bearer(await login(t, username)));
    expect(res.body).toEqual([
      expect.objectContaining({
        campaignId: open,
        unit: expect.objectContaining({ code: '02839-03' }),
        campaignName: 'Đợt đang mở',
        campaignKind: 'household_review',
        campaignStatus: 'open',
        formVersionId: versionId,
        opensOn: '2026-01-01',
        closesOn: '2099-12-31',
      }),
    ]);
    const demo = (await t.api().get('/api/me/assignments').set(bearer(enumerator))).body.find((a: { campaignId: string }) => a.campaignId === demoId);
    expect(demo).toMatchObject({ unit: { code: '02839-01' }, expected: 20 });
  });

  it('offers the active enumerators working inside the campaign, searchable by name', async () => {
    const campaignId = await openCampaign();
    const [, villageLevel] = await Promise.all([
      buildAccount(t, { username: 'tao.van.duc', disabled: true }),
      buildAccount(t, { username: 'vang.a.chu', unitCode: '02839-04' }),
      buildAccount(t, { username: 'hang.a.lu', unitCode: (await neighbourCommune(t)).commune }),
    ]);
    const res = await t.api().get(`/api/campaigns/${campaignId}/enumerators?pageSize=100`).set(bearer(supervisor));
    const usernames = res.body.items.map((e: { username: string }) => e.username);
    expect(usernames).toEqual(expect.arrayContaining(['enumerator', 'vang.a.chu']));
    expect(usernames.filter((u: string) => ['tao.van.duc', 'hang.a.lu', 'supervisor', 'front'].includes(u))).toEqual([]);
    const found = await t.api().get(`/api/campaigns/${campaignId}/enumerators?q=vang`).set(bearer(admin));
    expect(found.body).toMatchObject({ total: 1, items: [{ id: villageLevel.id, username: 'vang.a.chu', fullName: 'Test vang.a.chu', unitCode: '02839-04' }] });
  });

  it('removes an assignment with 204, then answers 404', async () => {
    const campaignId = await openCampaign();
    const { id } = (await post(campaignId, { enumeratorId, unitCode: '02839-01' })).body;
    await t.api().delete(`${url(campaignId)}/${id}`).set(bearer(supervisor)).expect(204);
    expect(await list(campaignId)).toEqual([]);
    const again = await t.api().delete(`${url(campaignId)}/${id}`).set(bearer(supervisor));
    expect([again.status, again.body.code]).toEqual([404, 'NOT_FOUND']);
  });

  it('has no assignments in a satisfaction poll, nor new ones once a campaign is finalised', async () => {
    const poll = await openCampaign({ kind: 'satisfaction_poll' });
    const res = await post(poll, { enumeratorId, unitCode: '02839-01' });
    expect([res.status, res.body.code]).toEqual([409, 'INVALID_TRANSITION']);
    const finalised = await openCampaign();
    await moveCampaign(t, admin, finalised, 'close', 'finalise');
    expect((await post(finalised, { enumeratorId, unitCode: '02839-01' })).status).toBe(409);
  });
});
