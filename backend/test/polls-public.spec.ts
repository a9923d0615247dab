import { bearer, type TestApp } from './support/test-app';
import { buildPoll, usePollApp, pollAnswers, VILLAGE_B } from './support/poll-fixtures';
import { PUBLIC_POLL_LIMITS, PublicPollThrottle } from '../src/polls/public-poll-throttle';

describe('satisfaction polls: answering on a device with a one-time code', () => {
  const app = usePollApp();
  let t: TestApp;
  let front: string;
  beforeAll(() => void ({ t, front } = app));

  async function issue(pollId: string, count: number): Promise<string[]> {
    const res = await t.api().post(`/api/polls/${pollId}/tokens`).set(bearer(front)).send({ villageCode: VILLAGE_B, count });
    expect(res.status).toBe(201);
    return res.body.codes as string[];
  }

  it('issues codes whose hashes alone are stored', async () => {
    const pollId = await buildPoll(t, front);
    const codes = await issue(pollId, 3);
    expect(codes).toHaveLength(3);
    for (const code of codes) expect(code).toMatch(/^[A-HJ-NP-Z2-9]{8}$/);
    const stored = await t.dataSource.query(`SELECT token_hash FROM poll_token WHERE campaign_id = $1`, [pollId]);
    expect(stored.map((s: { token_hash: string }) => s.token_hash).some((h: string) => codes.some((c) => h.includes(c)))).toBe(false);
    const village = (await t.api().get(`/api/polls/${pollId}`).set(bearer(front))).body.villages.find((v: { code: string }) => v.code === VILLAGE_B);
    expect(village).toMatchObject({ tokensIssued: 3, tokensUsed: 0 });
  });

  it('takes one form per code: the second use is refused with 409, an unknown code is 404', async () => {
    const pollId = await buildPoll(t, front);
    const [code] = await issue(pollId, 1);
    const opened = await t.api().get(`/api/public/polls/${code!.toLowerCase().replace(/^(.{4})/, '$1-')}`);
    expect(opened.status).toBe(200);
    expect(opened.body).toMatchObject({ villageName: 'Thôn B', communeName: 'Thử Nghiệm', pollName: 'Lấy ý kiến sự hài lòng 2026' });
    expect(opened.body.definition.pages[0].elements).toHaveLength(12);
    const first = await t.api().post(`/api/public/polls/${code}`).send({ answers: pollAnswers('N', 'Cần thêm điểm thu gom rác') });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ villageCode: VILLAGE_B, returned: 1, households: 10 });
    const second = await t.api().post(`/api/public/polls/${code}`).send({ answers: pollAnswers() });
    expect([second.status, second.body.message]).toEqual([409, 'Mã này đã được dùng để gửi ý kiến. Mỗi hộ chỉ trả lời một lần.']);
    expect((await t.api().get(`/api/public/polls/${code}`)).status).toBe(409);
    const unknown = await t.api().get('/api/public/polls/ABCD-EFGH');
    expect([unknown.status, unknown.body.message]).toEqual([404, 'Mã phiếu không đúng. Vui lòng kiểm tra lại mã in trên phiếu.']);
    const [row] = await t.dataSource.query(
      `SELECT r.household_id, r.collection_mode, r.poll_batch_id, a.username FROM survey_response r JOIN account a ON a.id = r.created_by WHERE r.id = $1`,
      [first.body.id],
    );
    const [issuer] = await t.dataSource.query(`SELECT a.username FROM poll_token t JOIN account a ON a.id = t.issued_by WHERE t.campaign_id = $1`, [pollId]);
    expect(row).toEqual({ household_id: null, collection_mode: 'door_to_door', poll_batch_id: null, username: issuer.username });
  });

  it('checks the answers before burning the code: 400 with the field, and the code still works', async () => {
    const pollId = await buildPoll(t, front);
    const [code] = await issue(pollId, 1);
    const bad = await t.api().post(`/api/public/polls/${code}`).send({ answers: { item_1: 'có', overall: 'satisfied' } });
    expect(bad.status).toBe(400);
    expect(bad.body.details).toEqual([expect.objectContaining({ field: 'item_1', rule: 'choice' })]);
    expect((await t.api().post(`/api/public/polls/${code}`).send({ answers: 'x' })).status).toBe(400);
    expect((await t.api().post(`/api/public/polls/${code}`).send({ answers: pollAnswers() })).status).toBe(201);
  });

  it('refuses the form once the poll is closed', async () => {
    const pollId = await buildPoll(t, front);
    const [code] = await issue(pollId, 1);
    await t.api().post(`/api/polls/${pollId}/transition`).set(bearer(front)).send({ action: 'close' }).expect(200);
    const res = await t.api().get(`/api/public/polls/${code}`);
    expect([res.status, res.body.code]).toEqual([409, 'CAMPAIGN_NOT_OPEN']);
  });
});

describe('PublicPollThrottle', () => {
  it('lets an address through up to the limit per minute, then refuses it until the minute is over', () => {
    let now = 0;
    const throttle = new PublicPollThrottle(() => now);
    for (let i = 0; i < PUBLIC_POLL_LIMITS.requests.max; i++) throttle.hit('10.0.0.1');
    expect(() => throttle.hit('10.0.0.1')).toThrow('Quá nhiều lượt thử');
    expect(() => throttle.hit('10.0.0.2')).not.toThrow();
    now += PUBLIC_POLL_LIMITS.requests.ms;
    expect(() => throttle.hit('10.0.0.1')).not.toThrow();
  });

  it('stops an address that keeps trying unknown codes', () => {
    const throttle = new PublicPollThrottle(() => 0);
    for (let i = 0; i < PUBLIC_POLL_LIMITS.misses.max; i++) throttle.miss('10.0.0.3');
    expect(() => throttle.hit('10.0.0.3')).toThrow('Quá nhiều lượt thử');
  });
});
