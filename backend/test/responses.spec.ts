import { randomUUID } from 'node:crypto';
import { createHousehold, demoCampaignId, sampleAnswers } from './support/survey-fixtures';
import { bearer, login, startTestApp, type TestApp } from './support/test-app';

describe('saving responses (idempotent PUT)', () => {
  let t: TestApp;
  let enumerator: string;
  let campaignId: string;
  const put = (id: string, body: object, token = enumerator) =>
    t.api().put(`/api/campaigns/${campaignId}/responses/${id}`).set(bearer(token)).send(body);
  const submission = async (overrides: object = {}) => ({ unitCode: '02839-01', householdId: await createHousehold(t), status: 'submitted', answers: sampleAnswers(), ...overrides });

  beforeAll(async () => {
    t = await startTestApp('demo');
    enumerator = await login(t, 'enumerator');
    campaignId = await demoCampaignId(t);
  });
  afterAll(() => t.close());

  it('creates with 201, answers a retry of the same body with 200 and the stored response, and never adds a row', async () => {
    const id = randomUUID();
    const body = await submission({ clientTime: '2026-11-20T08:30:00+07:00' });
    const first = await put(id, body);
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ id, status: 'submitted', revision: 1, unit: { code: '02839-01' }, answers: body.answers });
    expect(first.body.clientTime).toBe('2026-11-20T01:30:00.000Z');
    const retry = await put(id, body);
    expect(retry.status).toBe(200);
    expect(retry.body).toEqual(first.body);
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM survey_response WHERE id = $1`, [id]);
    expect(n).toBe(1);
  });

  it('stores exactly one row and one audit entry when 20 identical requests race', async () => {
    const id = randomUUID();
    const body = await submission();
    const results = await Promise.all(Array.from({ length: 20 }, () => put(id, body)));
    expect(results.map((r) => r.status).sort((a, b) => b - a)).toEqual([201, ...Array(19).fill(200)]);
    const [{ rows, audits }] = await t.dataSource.query(
      `SELECT (SELECT count(*)::int FROM survey_response WHERE id = $1) AS rows,
              (SELECT count(*)::int FROM audit_entry WHERE entity_id = $1) AS audits`,
      [id],
    );
    expect({ rows, audits }).toEqual({ rows: 1, audits: 1 });
  });

  it('answers 409 with the stored version when a submitted response comes back with other answers', async () => {
    const id = randomUUID();
    const body = await submission();
    await put(id, body).expect(201);
    const changed = await put(id, { ...body, answers: sampleAnswers({ head_name: 'Người khác' }) });
    expect(changed.status).toBe(409);
    expect(changed.body.code).toBe('RESPONSE_LOCKED');
    expect(changed.body.current).toMatchObject({ id, status: 'submitted', answers: { head_name: 'Giàng Seo Pao' } });
  });

  it('saves a draft any number of times, then submits it', async () => {
    const id = randomUUID();
    const householdId = await createHousehold(t);
    const draft = await put(id, { unitCode: '02839-01', householdId, status: 'draft', answers: { head_name: 'Sùng A Dình' } });
    expect(draft.status).toBe(201);
    expect(draft.body.status).toBe('draft');
    const resumed = await put(id, { unitCode: '02839-01', householdId, status: 'draft', answers: { head_name: 'Sùng A Dình', member_count: 2 } });
    expect(resumed.body).toMatchObject({ status: 'draft', revision: 2, answers: { member_count: 2 } });
    const submitted = await put(id, await submission({ householdId }));
    expect(submitted.status).toBe(200);
    expect(submitted.body).toMatchObject({ status: 'submitted', revision: 3 });
    expect(submitted.body.submittedAt).not.toBeNull();
  });

  it('refuses a second response for the same household in the campaign', async () => {
    const householdId = await createHousehold(t);
    await put(randomUUID(), await submission({ householdId })).expect(201);
    const second = await put(randomUUID(), await submission({ householdId }));
    expect(second.status).toBe(409);
    expect(second.body.message).toMatch(/household/);
  });

  it('keeps another enumerator from changing a response they did not write', async () => {
    const id = randomUUID();
    await put(id, { ...await submission(), status: 'draft' }).expect(201);
    const [row] = await t.dataSource.query(`SELECT count(*)::int AS n FROM account WHERE role = 'supervisor'`);
    expect(row.n).toBeGreaterThan(0);
    const supervisor = await login(t, 'supervisor');
    const res = await put(id, await submission(), supervisor);
    expect(res.status).toBe(403);
  });

  it('refuses a household of another village, one not in the registry and one that moved away, by field householdId', async () => {
    const reasonOf = async (householdId: string) => {
      const res = await put(randomUUID(), await submission({ householdId }));
      expect(res.status).toBe(400);
      return res.body.details;
    };
    expect(await reasonOf(await createHousehold(t, { villageCode: '02839-02' }))).toEqual([{ field: 'householdId', reason: 'Hộ không thuộc thôn của phiếu' }]);
    expect(await reasonOf(randomUUID())).toEqual([{ field: 'householdId', reason: 'Không có hộ này trong sổ hộ' }]);
    expect(await reasonOf(await createHousehold(t, { status: 'moved' }))).toEqual([{ field: 'householdId', reason: 'Hộ không còn cư trú (Đã chuyển đi)' }]);
  });

  it('keeps saving the response of a household that moved away after its form was started', async () => {
    const id = randomUUID();
    const householdId = await createHousehold(t);
    await put(id, { ...(await submission({ householdId })), status: 'draft' }).expect(201);
    await t.dataSource.query(`UPDATE household SET status = 'moved' WHERE id = $1`, [householdId]);
    const submitted = await put(id, await submission({ householdId }));
    expect(submitted.status).toBe(200);
    expect(submitted.body).toMatchObject({ householdId, status: 'submitted' });
  });
});
