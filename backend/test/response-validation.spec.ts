import { randomUUID } from 'node:crypto';
import { assign, buildCampaign, createHousehold, publishForm, RULES_FORM, validRulesAnswers } from './support/survey-fixtures';
import { bearer, buildOtherProvince, login, startTestApp, type TestApp } from './support/test-app';

type Detail = { field: string; reason: string; rule?: string };

describe('server-side validation of answers against the form version', () => {
  let t: TestApp;
  let admin: string;
  let enumerator: string;
  let campaignId: string;
  const put = async (answers: Record<string, unknown>, overrides: object = {}) =>
    t
      .api()
      .put(`/api/campaigns/${campaignId}/responses/${randomUUID()}`)
      .set(bearer(enumerator))
      .send({ unitCode: '02839-01', householdId: await createHousehold(t), status: 'submitted', answers, ...overrides });
  const problems = async (answers: Record<string, unknown>) => {
    const res = await put(answers);
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    return (res.body.details as Detail[]).map(({ field, rule }) => `${field}:${rule}`).sort();
  };

  beforeAll(async () => {
    t = await startTestApp('demo');
    [admin, enumerator] = await Promise.all([login(t, 'admin'), login(t, 'enumerator')]);
    campaignId = await buildCampaign(t, admin, await publishForm(t, admin, RULES_FORM));
    await assign(t, admin, campaignId);
  });
  afterAll(() => t.close());

  it('accepts a complete, consistent form', async () => {
    expect((await put(validRulesAnswers())).status).toBe(201);
  });

  it('reports a missing required answer with the question name and a Vietnamese message', async () => {
    const res = await put(validRulesAnswers({ age: undefined }));
    expect(res.status).toBe(400);
    expect(res.body.details).toEqual([{ field: 'age', reason: 'Vui lòng trả lời câu hỏi.', rule: 'required' }]);
  });

  // survey-core reports a number out of its min/max as a "custom" error, like a validator.
  it('enforces ranges, types, choices and regular-expression validators', async () => {
    expect(await problems(validRulesAnswers({ age: 121 }))).toEqual(['age:custom']);
    expect(await problems(validRulesAnswers({ age: 'bốn mươi' }))).toEqual(['age:number']);
    expect(await problems(validRulesAnswers({ owns_land: 'maybe' }))).toEqual(['land_area:hidden', 'owns_land:choice', 'owns_land:required']);
    expect(await problems(validRulesAnswers({ crops: ['rice', 'coffee'] }))).toEqual(['crops:choice']);
    expect(await problems(validRulesAnswers({ crops: 'rice' }))).toEqual(['crops:list']);
    expect(await problems(validRulesAnswers({ visit_date: '20/11/2026' }))).toEqual(['visit_date:date']);
    expect(await problems(validRulesAnswers({ has_phone: true, phone: '12345' }))).toEqual(['phone:custom']);
  });

  it('applies visibleIf and requiredIf as the browser does', async () => {
    expect(await problems(validRulesAnswers({ land_area: undefined }))).toEqual(['land_area:required']);
    expect((await put(validRulesAnswers({ owns_land: 'no', land_area: undefined }))).status).toBe(201);
    expect(await problems(validRulesAnswers({ crops: ['tea'] }))).toEqual(['crop_note:required']);
    expect((await put(validRulesAnswers({ crops: ['tea'], crop_note: 'Chè Shan tuyết' }))).status).toBe(201);
  });

  it('rejects answers to questions hidden by logic and to questions the form does not have', async () => {
    expect(await problems(validRulesAnswers({ owns_land: 'no', land_area: 300 }))).toEqual(['land_area:hidden']);
    expect(await problems(validRulesAnswers({ income_secret: 5 }))).toEqual(['income_secret:unknown']);
  });

  it('checks questions inside panels and every member of a roster, naming the member', async () => {
    expect(await problems(validRulesAnswers({ floor_area: undefined }))).toEqual(['floor_area:required']);
    const members = [
      { full_name: 'Lò Văn Sáng', birth_year: 1985, schooling: 'secondary' },
      { birth_year: 1890 },
      { full_name: 'Lò Thị Na', birth_year: 2023, schooling: 'primary', nickname: 'Na' },
    ];
    expect(await problems(validRulesAnswers({ members }))).toEqual([
      'members[1].birth_year:custom',
      'members[1].full_name:required',
      'members[2].nickname:unknown',
      'members[2].schooling:hidden',
    ]);
    expect(await problems(validRulesAnswers({ members: [] }))).toEqual(['members:min_items', 'members[0].full_name:required']);
  });

  it('checks a draft only for unknown questions and value types, not for completeness', async () => {
    expect((await put({ age: 30 }, { status: 'draft' })).status).toBe(201);
    const res = await put({ age: 'ba mươi', ghost: 1 }, { status: 'draft' });
    expect(res.status).toBe(400);
    expect((res.body.details as Detail[]).map((d) => d.field).sort()).toEqual(['age', 'ghost']);
  });

  it('rejects a village outside the campaign, outside the caller scope, or not assigned to the enumerator', async () => {
    const other = await buildOtherProvince(t);
    const outside = await put(validRulesAnswers(), { unitCode: other.village });
    expect(outside.status).toBe(403);
    expect(outside.body.details).toEqual([{ field: 'unitCode', reason: 'is outside your scope' }]);
    const unassigned = await put(validRulesAnswers(), { unitCode: '02839-02' });
    expect(unassigned.status).toBe(403);
    expect(unassigned.body.message).toMatch(/not assigned/);
    const commune = await put(validRulesAnswers(), { unitCode: '02839' });
    expect(commune.status).toBe(400);
    const noHousehold = await put(validRulesAnswers(), { householdId: undefined });
    expect(noHousehold.body.details).toEqual([{ field: 'householdId', reason: 'is required in a household campaign' }]);
  });

  it('takes nothing before the campaign opens, after it closes, or while it is closed', async () => {
    const versionId = await publishForm(t, admin, RULES_FORM);
    const future = await buildCampaign(t, admin, versionId, { opensOn: '2099-01-01', closesOn: '2099-12-31', name: 'Tương lai' });
    await assign(t, admin, future);
    const early = await t.api().put(`/api/campaigns/${future}/responses/${randomUUID()}`).set(bearer(enumerator))
      .send({ unitCode: '02839-01', householdId: await createHousehold(t), status: 'submitted', answers: validRulesAnswers() });
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('CAMPAIGN_NOT_OPEN');
    await t.api().post(`/api/campaigns/${campaignId}/close`).set(bearer(admin)).expect(200);
    const closed = await put(validRulesAnswers());
    expect(closed.status).toBe(409);
    expect(closed.body.code).toBe('CAMPAIGN_NOT_OPEN');
    await t.api().post(`/api/campaigns/${campaignId}/open`).set(bearer(admin)).expect(200);
  });
});
