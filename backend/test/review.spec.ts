import { randomUUID } from 'node:crypto';
import { buildCampaign, createHousehold, demoCampaignId, publishForm, sampleAnswers } from './support/survey-fixtures';
import { bearer, login, startTestApp, type TestApp } from './support/test-app';

describe('review workflow of household responses', () => {
  let t: TestApp;
  let tokens: Record<'admin' | 'supervisor' | 'enumerator' | 'front', string>;
  let campaignId: string;
  const url = (id: string, action = '') => `/api/campaigns/${campaignId}/responses/${id}${action}`;
  const act = (id: string, action: string, who: keyof typeof tokens, body: object = {}) => t.api().post(url(id, `/${action}`)).set(bearer(tokens[who])).send(body);
  const save = (id: string, householdId: string, status: string, answers = sampleAnswers()) =>
    t.api().put(url(id)).set(bearer(tokens.enumerator)).send({ unitCode: '02839-01', householdId, status, answers });

  beforeAll(async () => {
    t = await startTestApp('demo');
    const [admin, supervisor, enumerator, front] = await Promise.all(['admin', 'supervisor', 'enumerator', 'front'].map((u) => login(t, u)));
    tokens = { admin: admin!, supervisor: supervisor!, enumerator: enumerator!, front: front! };
    campaignId = await demoCampaignId(t);
  });
  afterAll(() => t.close());

  it('goes submitted → returned → resubmitted → approved → reopened, each step audited with who, from → to and comment', async () => {
    const id = randomUUID();
    const household = await createHousehold(t);
    await save(id, household, 'submitted').expect(201);

    expect((await act(id, 'return', 'supervisor')).status).toBe(400);
    const returned = await act(id, 'return', 'supervisor', { comment: 'Năm sinh của vợ chưa đúng' });
    expect(returned.status).toBe(200);
    expect(returned.body).toMatchObject({ status: 'returned', reviewComment: 'Năm sinh của vợ chưa đúng', reviewedBy: { username: 'supervisor' } });

    const seen = await t.api().get(url(id)).set(bearer(tokens.enumerator));
    expect(seen.body).toMatchObject({ status: 'returned', reviewComment: 'Năm sinh của vợ chưa đúng' });

    const members = sampleAnswers().members as object[];
    const fixed = sampleAnswers({ members: members.map((m, i) => (i === 1 ? { ...m, birth_year: 1986 } : m)) });
    expect((await save(id, household, 'draft', fixed)).body.status).toBe('returned');
    expect((await save(id, household, 'submitted', fixed)).body.status).toBe('resubmitted');

    const approved = await act(id, 'approve', 'supervisor', { comment: 'Đã kiểm tra' });
    expect(approved.body).toMatchObject({ status: 'approved', reviewComment: 'Đã kiểm tra' });

    const locked = await save(id, household, 'submitted', sampleAnswers({ head_name: 'Sửa sau khi duyệt' }));
    expect(locked.status).toBe(409);
    expect(locked.body).toMatchObject({ code: 'RESPONSE_LOCKED', current: { status: 'approved' } });

    expect((await act(id, 'reopen', 'supervisor', { reason: 'x' })).status).toBe(403);
    expect((await act(id, 'reopen', 'admin')).status).toBe(400);
    const reopened = await act(id, 'reopen', 'admin', { reason: 'Hộ báo sai số nhân khẩu' });
    expect(reopened.body).toMatchObject({ status: 'returned', reviewComment: 'Hộ báo sai số nhân khẩu', reviewedBy: { username: 'admin' } });

    const audit = await t.api().get(url(id, '/audit')).set(bearer(tokens.supervisor));
    expect(audit.status).toBe(200);
    const steps = audit.body.map((e: { action: string; fromStatus: string | null; toStatus: string; actor: { username: string }; comment: string | null }) =>
      [e.action, e.fromStatus, e.toStatus, e.actor.username, e.comment].join(' | '),
    );
    expect(steps).toEqual([
      'submit |  | submitted | enumerator | ',
      'return | submitted | returned | supervisor | Năm sinh của vợ chưa đúng',
      'save_draft | returned | returned | enumerator | ',
      'submit | returned | resubmitted | enumerator | ',
      'approve | resubmitted | approved | supervisor | Đã kiểm tra',
      'reopen | approved | returned | admin | Hộ báo sai số nhân khẩu',
    ]);
    const draftEdit = audit.body[2];
    expect((draftEdit.previousAnswers.members as { birth_year: number }[])[1]!.birth_year).toBe(1984);
  });

  it('refuses illegal transitions with 409 and the current state', async () => {
    const id = randomUUID();
    await save(id, await createHousehold(t), 'draft').expect(201);
    const approveDraft = await act(id, 'approve', 'supervisor');
    expect(approveDraft.status).toBe(409);
    expect(approveDraft.body).toMatchObject({ code: 'INVALID_TRANSITION', current: { status: 'draft' } });
    await save(id, (await t.api().get(url(id)).set(bearer(tokens.enumerator))).body.householdId, 'submitted').expect(200);
    await act(id, 'approve', 'supervisor').expect(200);
    expect((await act(id, 'approve', 'supervisor')).status).toBe(409);
    expect((await act(id, 'return', 'supervisor', { comment: 'muộn' })).status).toBe(409);
    expect((await act(id, 'approve', 'enumerator')).status).toBe(403);
  });

  it('has no review step for satisfaction polls', async () => {
    const versionId = await publishForm(t, tokens.admin, { elements: [{ type: 'radiogroup', name: 'q1', choices: ['yes', 'no'], isRequired: true }] });
    const poll = await buildCampaign(t, tokens.admin, versionId, { kind: 'satisfaction_poll', name: 'Lấy ý kiến 2026' });
    const id = randomUUID();
    // Poll forms are keyed in through /api/polls (counted against households), never this PUT.
    const saved = await t.api().put(`/api/campaigns/${poll}/responses/${id}`).set(bearer(tokens.front)).send({ unitCode: '02839-03', status: 'submitted', answers: { q1: 'yes' } });
    expect([saved.status, saved.body.code]).toEqual([409, 'INVALID_TRANSITION']);
    await t.dataSource.query(
      `INSERT INTO survey_response (id, campaign_id, form_version_id, unit_code, unit_path, status, answers, created_by, collection_mode)
       SELECT $1, c.id, c.form_version_id, u.code, u.path, 'submitted', '{"q1":"yes"}', a.id, 'paper'
         FROM campaign c, administrative_unit u, account a WHERE c.id = $2 AND u.code = '02839-03' AND a.username = 'front'`,
      [id, poll],
    );
    const withHousehold = await t.api().put(`/api/campaigns/${poll}/responses/${randomUUID()}`).set(bearer(tokens.front))
      .send({ unitCode: '02839-03', status: 'submitted', answers: { q1: 'yes' }, householdId: randomUUID() });
    expect(withHousehold.status).toBe(400);
    const approve = await t.api().post(`/api/campaigns/${poll}/responses/${id}/approve`).set(bearer(tokens.supervisor)).send({});
    expect(approve.status).toBe(409);
  });
});
