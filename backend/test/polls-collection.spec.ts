import { randomUUID } from 'node:crypto';
import { bearer, login, type TestApp } from './support/test-app';
import { buildPoll, usePollApp, keyForms, openBatch, paperFormUrl, pollAnswers, repeat, setHouseholds, VILLAGE_A, VILLAGE_B } from './support/poll-fixtures';

describe('satisfaction polls: collecting forms', () => {
  const app = usePollApp();
  let t: TestApp;
  let front: string;
  beforeAll(() => void ({ t, front } = app));

  const village = async (pollId: string, code: string) =>
    (await t.api().get(`/api/polls/${pollId}`).set(bearer(front)).expect(200)).body.villages.find((v: { code: string }) => v.code === code);

  it('refuses a form beyond the household total of a village with 409 and says why', async () => {
    const pollId = await buildPoll(t, front);
    const batch = await openBatch(t, front, pollId, VILLAGE_B);
    await keyForms(t, front, pollId, batch, repeat('', 10));
    const res = await t.api().put(paperFormUrl(pollId, batch)).set(bearer(front)).send({ answers: pollAnswers() });
    expect([res.status, res.body.code]).toEqual([409, 'CONFLICT']);
    expect(res.body.message).toContain('Thôn B đã nhận đủ 10/10 phiếu');
    expect(await village(pollId, VILLAGE_B)).toMatchObject({ returned: 10, households: 10, coverage: 10000 });
  });

  it('never counts more forms than households, even when they arrive at once', async () => {
    const pollId = await buildPoll(t, front);
    await setHouseholds(t, front, pollId, VILLAGE_A, 3);
    const batch = await openBatch(t, front, pollId, VILLAGE_A);
    const statuses = await Promise.all(repeat('', 8).map(() => t.api().put(paperFormUrl(pollId, batch)).set(bearer(front)).send({ answers: pollAnswers() }).then((r) => r.status)));
    expect(statuses.filter((s) => s === 201)).toHaveLength(3);
    expect(statuses.filter((s) => s === 409)).toHaveLength(5);
  });

  it('refuses forms in a village whose household total is not known yet', async () => {
    const pollId = await buildPoll(t, front);
    const batch = await openBatch(t, front, pollId, VILLAGE_A);
    const res = await t.api().put(paperFormUrl(pollId, batch)).set(bearer(front)).send({ answers: pollAnswers() });
    expect(res.status).toBe(409);
    expect(res.body.message).toContain('chưa có số hộ');
  });

  it('saves a retried form once: the same UUID answers 201, then 200 with the same count', async () => {
    const pollId = await buildPoll(t, front);
    const batch = await openBatch(t, front, pollId, VILLAGE_B);
    const url = paperFormUrl(pollId, batch);
    const first = await t.api().put(url).set(bearer(front)).send({ answers: pollAnswers('N') });
    const again = await t.api().put(url).set(bearer(front)).send({ answers: pollAnswers('N') });
    expect([first.status, again.status]).toEqual([201, 200]);
    expect(again.body).toEqual({ id: first.body.id, villageCode: VILLAGE_B, returned: 1, households: 10 });
    const other = await t.api().put(url).set(bearer(front)).send({ answers: pollAnswers('S') });
    expect(other.status).toBe(409);
    const [row] = await t.dataSource.query(
      `SELECT r.household_id, r.collection_mode, r.poll_batch_id, r.status, a.role, a.unit_code FROM survey_response r JOIN account a ON a.id = r.created_by WHERE r.id = $1`,
      [first.body.id],
    );
    expect(row).toEqual({ household_id: null, collection_mode: 'paper', poll_batch_id: batch, status: 'submitted', role: 'front', unit_code: 'T9001' });
  });

  it('checks the answers against the form: 400 with the field', async () => {
    const pollId = await buildPoll(t, front);
    const batch = await openBatch(t, front, pollId, VILLAGE_B);
    const res = await t.api().put(paperFormUrl(pollId, batch)).set(bearer(front)).send({ answers: { item_1: 'rất hài lòng', head_name: 'x' } });
    expect(res.status).toBe(400);
    expect(res.body.details.map((d: { field: string }) => d.field).sort()).toEqual(['head_name', 'item_1']);
  });

  it('undoes the last form: it is deleted, the count drops back and the answers stay in the audit trail', async () => {
    const pollId = await buildPoll(t, front);
    const batch = await openBatch(t, front, pollId, VILLAGE_B);
    await keyForms(t, front, pollId, batch, ['']);
    const last = randomUUID();
    await t.api().put(paperFormUrl(pollId, batch, last)).set(bearer(front)).send({ answers: pollAnswers('NN') }).expect(201);
    const undone = await t.api().delete(paperFormUrl(pollId, batch, last)).set(bearer(front));
    expect(undone.body).toEqual({ id: last, villageCode: VILLAGE_B, returned: 1, households: 10 });
    expect((await t.api().delete(paperFormUrl(pollId, batch, last)).set(bearer(front))).status).toBe(404);
    const [audit] = await t.dataSource.query(`SELECT action, previous_answers FROM audit_entry WHERE entity_id = $1 AND action = 'undo'`, [last]);
    expect(audit.previous_answers).toMatchObject({ item_1: 'not_satisfied', item_2: 'not_satisfied' });
  });

  it('voids a batch with a reason: its forms stop counting, it takes no more forms, and it is audited', async () => {
    const pollId = await buildPoll(t, front);
    const first = await openBatch(t, front, pollId, VILLAGE_B, 'Tập 1');
    const second = await openBatch(t, front, pollId, VILLAGE_B, 'Tập 2');
    await keyForms(t, front, pollId, first, ['N', 'N', 'N']);
    await keyForms(t, front, pollId, second, ['', '']);
    expect(await village(pollId, VILLAGE_B)).toMatchObject({ returned: 5 });
    const voided = await t.api().post(`/api/polls/${pollId}/batches/${first}/void`).set(bearer(front)).send({ reason: 'Nhập trùng tập phiếu' });
    expect(voided.status).toBe(200);
    expect(voided.body).toMatchObject({ label: 'Tập 1', forms: 3, voidReason: 'Nhập trùng tập phiếu', voidedBy: { username: expect.any(String) } });
    expect(await village(pollId, VILLAGE_B)).toMatchObject({ returned: 2, coverage: 2000 });
    const results = (await t.api().get(`/api/polls/${pollId}/results`).set(bearer(front))).body;
    expect(results.villages[1].items[0]).toMatchObject({ satisfied: 2, notSatisfied: 0, rate: 10000 });
    expect((await t.api().post(`/api/polls/${pollId}/batches/${first}/void`).set(bearer(front)).send({ reason: 'lần nữa' })).status).toBe(409);
    expect((await t.api().put(paperFormUrl(pollId, first)).set(bearer(front)).send({ answers: pollAnswers() })).status).toBe(409);
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM survey_response WHERE poll_batch_id = $1`, [first]);
    expect(n).toBe(3);
    const [audit] = await t.dataSource.query(`SELECT action, comment FROM audit_entry WHERE entity_type = 'poll_batch' AND entity_id = $1`, [first]);
    expect(audit).toEqual({ action: 'void', comment: 'Nhập trùng tập phiếu' });
    const list = await t.api().get(`/api/polls/${pollId}/batches`).query({ villageCode: VILLAGE_B }).set(bearer(front)).expect(200);
    expect(list.body.map((b: { label: string; forms: number; voidedAt: string | null }) => [b.label, b.forms, b.voidedAt !== null])).toEqual([
      ['Tập 2', 2, false],
      ['Tập 1', 3, true],
    ]);
  });

  it('refuses a village outside the officer’s scope with 403', async () => {
    const admin = await login(t, 'admin');
    const pollId = await buildPoll(t, admin, { unitCodes: ['15'] });
    const bacHa = await login(t, 'front');
    const res = await t.api().post(`/api/polls/${pollId}/batches`).set(bearer(bacHa)).send({ villageCode: VILLAGE_A, label: 'Tập 1', mode: 'paper' });
    expect([res.status, res.body.code]).toEqual([403, 'OUT_OF_SCOPE']);
    const tokens = await t.api().post(`/api/polls/${pollId}/tokens`).set(bearer(bacHa)).send({ villageCode: VILLAGE_B, count: 1 });
    expect(tokens.status).toBe(403);
    const enumerator = await login(t, 'enumerator');
    expect((await t.api().get(`/api/polls/${pollId}`).set(bearer(enumerator))).status).toBe(403);
  });

  it('keeps the anonymous poll forms out of the review queue across campaigns', async () => {
    const [demoPoll] = await t.dataSource.query(`SELECT id FROM campaign WHERE kind = 'satisfaction_poll' AND status = 'open' ORDER BY created_at LIMIT 1`);
    const supervisor = await login(t, 'supervisor');
    const queue = await t.api().get('/api/responses').query({ status: 'submitted', pageSize: 200 }).set(bearer(supervisor)).expect(200);
    expect(queue.body.items.filter((r: { campaignId: string }) => r.campaignId === demoPoll.id)).toEqual([]);
    const inPoll = await t.api().get('/api/responses').query({ campaignId: demoPoll.id, pageSize: 1 }).set(bearer(supervisor)).expect(200);
    expect(inPoll.body.total).toBe(52); // the demo's two paper batches
  });

  it('refuses the household number below the forms already counted', async () => {
    const pollId = await buildPoll(t, front);
    await setHouseholds(t, front, pollId, VILLAGE_A, 4);
    const batch = await openBatch(t, front, pollId, VILLAGE_A);
    await keyForms(t, front, pollId, batch, ['', '', '']);
    const res = await t.api().put(`/api/polls/${pollId}/villages/${VILLAGE_A}/households`).set(bearer(front)).send({ households: 2, source: 'Sai' });
    expect(res.status).toBe(409);
  });
});
