import { randomUUID } from 'node:crypto';
import { assign, campaignRequest, createForm, moveCampaign, neighbourCommune, oneQuestionForm, publishForm, signedInAdmin } from './support/survey-fixtures';
import { bearer, buildAccount, buildOtherProvince, login, startTestApp, type TestApp } from './support/test-app';

describe('campaigns: creating, listing and editing', () => {
  let t: TestApp;
  let admin: string;
  let versionId: string;
  const create = (overrides: Record<string, unknown> = {}, token = admin) => t.api().post('/api/campaigns').set(bearer(token)).send(campaignRequest(versionId, overrides));
  const patch = (id: string, body: object) => t.api().patch(`/api/campaigns/${id}`).set(bearer(admin)).send(body);
  const list = (query: string, token = admin) => t.api().get(`/api/campaigns?${query}`).set(bearer(token));

  beforeAll(async () => {
    t = await startTestApp('demo');
    await buildOtherProvince(t);
    admin = await login(t, 'admin');
    versionId = await publishForm(t, admin, oneQuestionForm(), 'phieu-ra-soat');
  });
  afterAll(() => t.close());

  it('creates a draft campaign over the chosen communes, owned by the admin’s province', async () => {
    const res = await create({ name: 'Rà soát hộ nghèo Bắc Hà 2026', opensOn: '2026-09-01', closesOn: '2026-12-14' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      name: 'Rà soát hộ nghèo Bắc Hà 2026',
      kind: 'household_review',
      status: 'draft',
      formVersionId: versionId,
      formKey: 'phieu-ra-soat',
      formVersion: 1,
      year: 2026,
      round: 1,
      roundsPerYear: 1,
      opensOn: '2026-09-01',
      closesOn: '2026-12-14',
      units: [{ code: '02839', name: 'Bắc Hà', type: 'commune' }],
      ownerUnitCode: '15',
      previousCampaignId: null,
      finalisedAt: null,
    });
  });

  it('refuses a form version that is only a draft', async () => {
    const formId = await createForm(t, admin);
    const [{ id: draftId }] = await t.dataSource.query(`SELECT id FROM form_version WHERE form_id = $1`, [formId]);
    const res = await create({ formVersionId: draftId });
    expect(res.status).toBe(400);
    expect(res.body.details).toEqual([{ field: 'formVersionId', reason: 'must be a published version' }]);
  });

  it('refuses a form of another province, which officers here could not read, also when the scope grows past the form', async () => {
    const laiChauForm = await publishForm(t, await signedInAdmin(t, '12'), oneQuestionForm());
    const res = await create({ formVersionId: laiChauForm });
    expect([res.status, res.body.details[0].field]).toEqual([400, 'formVersionId']);
    const national = await signedInAdmin(t, 'VN');
    const id = (await create({ unitCodes: ['02839'] }, national)).body.id;
    const grown = await t.api().patch(`/api/campaigns/${id}`).set(bearer(national)).send({ unitCodes: ['02839', '03430'] });
    expect(grown.body.details).toEqual([{ field: 'formVersionId', reason: 'is a form of 15, which does not cover every unit of the campaign' }]);
  });

  it.each([
    ['round 3 of a half-yearly campaign', { round: 3, roundsPerYear: 2 }, 'round'],
    ['a closing date before the opening date', { opensOn: '2026-10-01', closesOn: '2026-09-30' }, 'closesOn'],
    ['a village among the units', { unitCodes: ['02839', '02839-01'] }, 'unitCodes[1]'],
    ['an unknown unit', { unitCodes: ['99999'] }, 'unitCodes[0]'],
    ['an unknown form version', { formVersionId: randomUUID() }, 'formVersionId'],
    ['three rounds a year', { roundsPerYear: 3 }, 'roundsPerYear'],
  ])('refuses %s with 400 naming the field', async (_, overrides, field) => {
    const res = await create(overrides);
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(res.body.details.map((d: { field: string }) => d.field)).toEqual([field]);
  });

  it('refuses a commune outside the admin’s province with 403, and a non-admin with 403', async () => {
    const outside = await create({ unitCodes: ['02839', '03430'] });
    expect([outside.status, outside.body.code]).toEqual([403, 'OUT_OF_SCOPE']);
    const supervisor = await create({}, await login(t, 'supervisor'));
    expect([supervisor.status, supervisor.body.code]).toEqual([403, 'FORBIDDEN']);
  });

  it('filters the list by status, kind and year, newest round first, one page at a time', async () => {
    for (const round of [1, 2, 3]) await create({ year: 2031, round, roundsPerYear: 4, name: `Đợt ${round}/2031` }).expect(201);
    await create({ year: 2031, kind: 'income_survey', name: 'Thu nhập 2031' }).expect(201);
    const first = await list('year=2031&kind=household_review&status=draft&pageSize=2');
    expect(first.body).toMatchObject({ total: 3, page: 1, pageSize: 2 });
    expect(first.body.items.map((c: { name: string }) => c.name)).toEqual(['Đợt 3/2031', 'Đợt 2/2031']);
    const second = await list('year=2031&kind=household_review&page=2&pageSize=2');
    expect(second.body.items.map((c: { name: string }) => c.name)).toEqual(['Đợt 1/2031']);
    expect((await list('year=2031&kind=income_survey')).body.items.map((c: { name: string }) => c.name)).toEqual(['Thu nhập 2031']);
    expect((await list('year=2031&status=open')).body.total).toBe(0);
    expect((await list('status=archived')).status).toBe(400);
  });

  it('shows a campaign to those whose unit it covers, and to nobody in another commune or province', async () => {
    const { commune } = await neighbourCommune(t);
    const overBacHa = (await create({ year: 2032, name: 'Bắc Hà 2032' })).body.id;
    const elsewhere = (await create({ year: 2032, name: 'Xã khác 2032', unitCodes: [commune] })).body.id;
    const enumerator = await login(t, 'enumerator');
    expect((await list('year=2032', enumerator)).body.items.map((c: { id: string }) => c.id)).toEqual([overBacHa]);
    expect((await t.api().get(`/api/campaigns/${overBacHa}`).set(bearer(enumerator))).status).toBe(200);
    expect((await t.api().get(`/api/campaigns/${elsewhere}`).set(bearer(enumerator))).status).toBe(404);
    expect((await list('year=2032', await login(t, 'steering'))).body.total).toBe(2);
    const stranger = await login(t, (await buildAccount(t, { role: 'supervisor', unitCode: '03430' })).username);
    expect((await list('year=2032', stranger)).body).toMatchObject({ total: 0, items: [] });
    const hidden = await t.api().get(`/api/campaigns/${overBacHa}`).set(bearer(stranger));
    expect([hidden.status, hidden.body.code]).toEqual([404, 'NOT_FOUND']);
  });

  it('changes form, period and scope while the campaign is a draft', async () => {
    const { commune } = await neighbourCommune(t);
    const id = (await create()).body.id;
    const otherVersion = await publishForm(t, admin, oneQuestionForm('Tên người trả lời'));
    const res = await patch(id, { formVersionId: otherVersion, unitCodes: ['02839', commune], year: 2027, kind: 'income_survey' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ formVersionId: otherVersion, year: 2027, kind: 'income_survey' });
    expect(res.body.units.map((u: { code: string }) => u.code).sort()).toEqual(['02839', commune].sort());
  });

  it('changes only the scope of a draft when nothing else is sent, dropping assignments left outside it', async () => {
    const { commune } = await neighbourCommune(t);
    const id = (await create()).body.id;
    await assign(t, admin, id, '02839-01');
    const res = await patch(id, { unitCodes: [commune] });
    expect(res.status).toBe(200);
    expect(res.body.units.map((u: { code: string }) => u.code)).toEqual([commune]);
    expect((await t.api().get(`/api/campaigns/${id}/assignments`).set(bearer(admin))).body).toMatchObject({ total: 0, items: [] });
  });

  it('drops the assignments of a draft that becomes a satisfaction poll', async () => {
    const id = (await create()).body.id;
    await assign(t, admin, id, '02839-01');
    expect((await patch(id, { kind: 'satisfaction_poll' })).body.kind).toBe('satisfaction_poll');
    expect(await t.dataSource.query(`SELECT id FROM assignment WHERE campaign_id = $1`, [id])).toEqual([]);
  });

  it('locks form, period and scope once open, but still lets the name and dates change', async () => {
    const id = (await create()).body.id;
    await moveCampaign(t, admin, id, 'open');
    for (const body of [{ formVersionId: versionId }, { unitCodes: ['02839'] }, { round: 1 }, { name: 'Đổi tên', year: 2027 }]) {
      const locked = await patch(id, body);
      expect([locked.status, locked.body.code]).toEqual([409, 'INVALID_TRANSITION']);
    }
    const edited = await patch(id, { name: 'Rà soát (gia hạn)', closesOn: '2099-06-30' });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ name: 'Rà soát (gia hạn)', closesOn: '2099-06-30', status: 'open', year: 2026 });
    const backwards = await patch(id, { opensOn: '2100-01-01' });
    expect(backwards.body.details).toEqual([{ field: 'closesOn', reason: 'must not be before opensOn' }]);
  });

  it('refuses every edit of a finalised campaign', async () => {
    const id = (await create()).body.id;
    await moveCampaign(t, admin, id, 'open', 'close', 'finalise');
    const res = await patch(id, { name: 'Sửa sau khi chốt' });
    expect([res.status, res.body.code]).toEqual([409, 'INVALID_TRANSITION']);
  });
});
