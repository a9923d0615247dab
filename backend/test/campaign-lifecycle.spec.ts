import { CAMPAIGN_ACTIONS, CAMPAIGN_STATUSES, type CampaignStatus, campaignTransition } from '@ntm/shared';
import { accountId, buildCampaign, campaignRequest, demoCampaignId, moveCampaign, oneQuestionForm, publishForm, signedInAdmin } from './support/survey-fixtures';
import { bearer, buildAccount, buildOtherProvince, login, startTestApp, type TestApp } from './support/test-app';

const PATH_TO: Record<CampaignStatus, string[]> = { draft: [], open: ['open'], closed: ['open', 'close'], finalised: ['open', 'close', 'finalise'] };
const ILLEGAL = CAMPAIGN_ACTIONS.flatMap((action) => CAMPAIGN_STATUSES.filter((status) => !campaignTransition(status, action)).map((status) => [action, status] as const));

describe('campaign lifecycle, audit trail and copy to the next period', () => {
  let t: TestApp;
  let admin: string;
  let versionId: string;
  const act = (id: string, action: string, body: object = {}, token = admin) => t.api().post(`/api/campaigns/${id}/${action}`).set(bearer(token)).send(body);
  const audit = (id: string, token = admin) => t.api().get(`/api/campaigns/${id}/audit`).set(bearer(token));
  const create = (overrides: Parameters<typeof buildCampaign>[3] = {}) => buildCampaign(t, admin, versionId, overrides, false);
  const campaignIn = async (status: CampaignStatus, overrides: Parameters<typeof buildCampaign>[3] = {}): Promise<string> => {
    const id = await create(overrides);
    await moveCampaign(t, admin, id, ...PATH_TO[status]);
    return id;
  };
  const copy = (id: string) => t.api().post(`/api/campaigns/${id}/copy-next`).set(bearer(admin));

  beforeAll(async () => {
    t = await startTestApp('demo');
    admin = await login(t, 'admin');
    versionId = await publishForm(t, admin, oneQuestionForm());
  });
  afterAll(() => t.close());

  it('opens, closes, finalises and un-finalises with a reason, stamping and clearing finalisedAt', async () => {
    const id = await campaignIn('draft');
    expect((await act(id, 'open')).body.status).toBe('open');
    expect((await act(id, 'close')).body.status).toBe('closed');
    const finalised = await act(id, 'finalise');
    expect(finalised.body.status).toBe('finalised');
    expect(Date.parse(finalised.body.finalisedAt)).toBeGreaterThan(Date.now() - 60_000);
    const unfinalised = await act(id, 'unfinalise', { reason: 'Xã báo sai số hộ nghèo thôn 3' });
    expect(unfinalised.body).toMatchObject({ status: 'closed', finalisedAt: null });
    expect((await act(id, 'open')).body.status).toBe('open');
  });

  it('refuses to un-finalise without a reason', async () => {
    const id = await campaignIn('finalised');
    for (const body of [{}, { reason: '' }]) {
      const res = await act(id, 'unfinalise', body);
      expect([res.status, res.body.details[0].field]).toEqual([400, 'reason']);
    }
  });

  it.each(ILLEGAL)('refuses %s on a campaign that is %s with 409 INVALID_TRANSITION', async (action, status) => {
    const id = await campaignIn(status);
    const res = await act(id, action, { reason: 'Thử' });
    expect([res.status, res.body.code]).toEqual([409, 'INVALID_TRANSITION']);
    expect((await t.api().get(`/api/campaigns/${id}`).set(bearer(admin))).body.status).toBe(status);
  });

  it('refuses to open a campaign whose closing date has passed', async () => {
    const id = await campaignIn('draft', { opensOn: '2026-01-01', closesOn: '2026-02-01' });
    const res = await act(id, 'open');
    expect([res.status, res.body.details]).toEqual([400, [{ field: 'closesOn', reason: 'is in the past: move the closing date before opening' }]]);
  });

  it('lets only admins drive the lifecycle', async () => {
    const id = await campaignIn('draft');
    const res = await act(id, 'open', {}, await login(t, 'supervisor'));
    expect([res.status, res.body.code]).toEqual([403, 'FORBIDDEN']);
  });

  it('keeps a province admin from driving a campaign a national admin owns', async () => {
    const national = await signedInAdmin(t, 'VN');
    const res = await t.api().post('/api/campaigns').set(bearer(national)).send(campaignRequest(versionId)).expect(201);
    const refused = await act(res.body.id, 'open');
    expect([refused.status, refused.body.code]).toEqual([403, 'OUT_OF_SCOPE']);
  });

  it('lets the demo admin manage the demo campaign', async () => {
    const res = await act(await demoCampaignId(t), 'close');
    expect([res.status, res.body.status]).toEqual([200, 'closed']);
  });

  it('records every change with who made it, the move and the un-finalise reason, oldest first', async () => {
    const id = await campaignIn('closed');
    await t.api().patch(`/api/campaigns/${id}`).set(bearer(admin)).send({ name: 'Rà soát (sửa tên)' }).expect(200);
    await moveCampaign(t, admin, id, 'finalise');
    await act(id, 'unfinalise', { reason: 'Phúc tra phát hiện sai sót' }).expect(200);
    const res = await audit(id, await login(t, 'enumerator'));
    expect(res.status).toBe(200);
    expect(res.body.map((e: { action: string; fromStatus: string | null; toStatus: string | null; comment: string | null }) => [e.action, e.fromStatus, e.toStatus, e.comment])).toEqual([
      ['create', null, 'draft', null],
      ['open', 'draft', 'open', null],
      ['close', 'open', 'closed', null],
      ['update', null, null, 'name'],
      ['finalise', 'closed', 'finalised', null],
      ['unfinalise', 'finalised', 'closed', 'Phúc tra phát hiện sai sót'],
    ]);
    expect(res.body[5].actor).toEqual({ id: await accountId(t, 'admin'), username: 'admin', fullName: 'Quản trị tỉnh Lào Cai' });
    expect(res.body.every((e: { previousAnswers: unknown }) => e.previousAnswers === null)).toBe(true);
  });

  it('hides the audit trail of a campaign from another province', async () => {
    const { commune } = await buildOtherProvince(t);
    const stranger = await login(t, (await buildAccount(t, { role: 'steering', unitCode: commune })).username);
    expect((await audit(await campaignIn('draft'), stranger)).status).toBe(404);
  });

  it('copies a yearly review to next year as a draft: dates +12 months, year in the name, same form, units and assignments', async () => {
    const id = await create({ name: 'Rà soát hộ nghèo 2026', opensOn: '2026-09-01', closesOn: '2026-12-14' });
    const enumeratorId = await accountId(t, 'enumerator');
    await t.api().post(`/api/campaigns/${id}/assignments`).set(bearer(admin)).send({ enumeratorId, unitCode: '02839-01', expectedHouseholds: 20 }).expect(201);
    await moveCampaign(t, admin, id, 'open', 'close', 'finalise');
    const source = (await t.api().get(`/api/campaigns/${id}`).set(bearer(admin))).body;
    const res = await copy(id);
    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      ...source,
      id: expect.any(String),
      name: 'Rà soát hộ nghèo 2027',
      status: 'draft',
      year: 2027,
      opensOn: '2027-09-01',
      closesOn: '2027-12-14',
      referenceDate: '2027-09-01',
      previousCampaignId: id,
      finalisedAt: null,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    const assignments = await t.api().get(`/api/campaigns/${res.body.id}/assignments`).set(bearer(admin));
    expect(assignments.body.items).toEqual([expect.objectContaining({ enumerator: expect.objectContaining({ id: enumeratorId }), unit: expect.objectContaining({ code: '02839-01' }), expected: 20, done: 0 })]);
    const trail = await t.api().get(`/api/campaigns/${res.body.id}/audit`).set(bearer(admin));
    expect(trail.body).toEqual([expect.objectContaining({ action: 'copy', toStatus: 'draft', comment: `from ${id}` })]);
  });

  it('rolls the fourth quarter over to the first quarter of next year, three months later', async () => {
    const id = await create({ name: 'Lấy ý kiến người dân 2026', kind: 'satisfaction_poll', round: 4, roundsPerYear: 4, opensOn: '2026-10-01', closesOn: '2026-12-31' });
    const res = await copy(id);
    expect(res.body).toMatchObject({ name: 'Lấy ý kiến người dân 2027', kind: 'satisfaction_poll', year: 2027, round: 1, roundsPerYear: 4, opensOn: '2027-01-01', closesOn: '2027-03-31' });
  });

  it('numbers the next round in the name when the year does not change', async () => {
    const id = await create({ name: 'Khảo sát giữa kỳ', round: 1, roundsPerYear: 2, opensOn: '2026-01-31', closesOn: '2026-03-31' });
    const res = await copy(id);
    expect(res.body).toMatchObject({ name: 'Khảo sát giữa kỳ (đợt 2/2026)', year: 2026, round: 2, opensOn: '2026-07-31', closesOn: '2026-09-30' });
  });

  it('copies a campaign only once', async () => {
    const id = await create();
    await copy(id).expect(201);
    const again = await copy(id);
    expect([again.status, again.body.code]).toEqual([409, 'CONFLICT']);
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM campaign WHERE previous_campaign_id = $1`, [id]);
    expect(n).toBe(1);
  });
});
