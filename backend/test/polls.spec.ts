import { bearer, login, type TestApp } from './support/test-app';
import { buildPoll, usePollApp, keyForms, openBatch, pollVersionId, POLL_COMMUNE, repeat, setHouseholds, transition, VILLAGE_A, VILLAGE_B } from './support/poll-fixtures';

describe('satisfaction polls: rules and results', () => {
  const app = usePollApp();
  let t: TestApp;
  let front: string;
  beforeAll(() => void ({ t, front } = app));

  const results = async (pollId: string) => (await t.api().get(`/api/polls/${pollId}/results`).set(bearer(front)).expect(200)).body;
  const item = (unit: { items: { name: string }[] }, name: string) => unit.items.find((i) => i.name === name);

  /** Village A: 72 forms of 76 households; item 1: 71 satisfied, 1 not; overall: 70, 1 not, 1 blank.
   * Village B: 8 forms of its 10 registry households; item 1: 6 satisfied, 2 not. */
  async function keyTheExample(pollId: string): Promise<void> {
    await setHouseholds(t, front, pollId, VILLAGE_A, 76);
    const a = await openBatch(t, front, pollId, VILLAGE_A);
    await keyForms(t, front, pollId, a, [...repeat('', 69), 'N', 'SSSSSSSSSSN', 'SSSSSSSSSS-']);
    const b = await openBatch(t, front, pollId, VILLAGE_B);
    await keyForms(t, front, pollId, b, [...repeat('', 6), 'N', 'N']);
  }

  it('creates a poll with the default rules and a window of 20 working days', async () => {
    const res = await t.api().post('/api/polls').set(bearer(front)).send({ name: 'Lấy ý kiến 2026', formVersionId: await pollVersionId(t), year: 2026, opensOn: '2026-03-02', unitCodes: [POLL_COMMUNE] });
    expect(res.status).toBe(201);
    expect(res.body.campaign).toMatchObject({ kind: 'satisfaction_poll', status: 'draft', opensOn: '2026-03-02', closesOn: '2026-03-27' });
    expect(res.body.rules).toMatchObject({ minCoverage: 70, passRule: { kind: 'every_item', min: 90 }, windowWorkingDays: 20 });
    expect(res.body.items).toHaveLength(11);
    expect(res.body.villages.map((v: { code: string; households: number | null; householdsSource: string | null }) => [v.code, v.households, v.householdsSource])).toEqual([
      [VILLAGE_A, null, null],
      [VILLAGE_B, 10, 'registry'],
    ]);
  });

  it('computes the guidance example by hand: 98.61% for item 1 and 94.74% coverage in village A', async () => {
    const pollId = await buildPoll(t, front);
    await keyTheExample(pollId);
    const body = await results(pollId);
    const [a, b] = body.villages;
    expect(a).toMatchObject({ unit: { code: VILLAGE_A }, households: 76, returned: 72, coverage: 9474, coverageMet: true, verdict: 'passed' });
    expect(item(a, 'item_1')).toEqual({ name: 'item_1', satisfied: 71, notSatisfied: 1, unanswered: 0, rate: 9861, passed: true });
    expect(item(a, 'overall')).toEqual({ name: 'overall', satisfied: 70, notSatisfied: 1, unanswered: 1, rate: 9859, passed: true });
    expect(b).toMatchObject({ households: 10, returned: 8, coverage: 8000, verdict: 'failed' });
    expect(item(b, 'item_1')).toMatchObject({ satisfied: 6, notSatisfied: 2, rate: 7500, passed: false });
    // The commune sums its villages' counts: 77 of 80 = 96.25%, not (98.61 + 75.00) / 2 = 86.81%.
    const [commune] = body.communes;
    expect(commune).toMatchObject({ unit: { code: POLL_COMMUNE }, households: 86, returned: 80, coverage: 9302, verdict: 'passed' });
    expect(item(commune, 'item_1')).toMatchObject({ satisfied: 77, notSatisfied: 3, rate: 9625 });
    expect(item(commune, 'overall')).toMatchObject({ satisfied: 78, notSatisfied: 1, unanswered: 1, rate: 9873 });
    expect(body.total).toMatchObject({ level: 'poll', returned: 80, verdict: 'passed' });
  });

  it('applies an average-and-overall rule set on the poll, and calls a poll below its coverage not valid', async () => {
    const pollId = await buildPoll(t, front);
    await keyTheExample(pollId);
    const rules = { minCoverage: 95, passRule: { kind: 'average_and_overall', items: [1, 2, 3, 4, 5, 6, 7, 8, 9], averageMin: 95, overallMin: 98 }, legalBasis: 'Hướng dẫn thử', windowWorkingDays: 20 };
    await t.api().put(`/api/polls/${pollId}/rules`).set(bearer(front)).send(rules).expect(200);
    const { communes, rules: applied } = await results(pollId);
    expect(applied).toEqual(rules);
    // Items 1–9: (9625 + 8 × 10000) / 9 = 9958.3 → 99.58%; overall 98.73%; but coverage 93.02% < 95%.
    expect(communes[0]).toMatchObject({ average: 9958, rulePassed: true, coverageMet: false, verdict: 'invalid' });
  });

  it('refuses a rule set without its threshold with 400 and the field', async () => {
    const pollId = await buildPoll(t, front);
    const res = await t.api().put(`/api/polls/${pollId}/rules`).set(bearer(front)).send({ minCoverage: 70, passRule: { kind: 'every_item' }, legalBasis: 'x', windowWorkingDays: 20 });
    expect(res.status).toBe(400);
    expect(res.body.details.map((d: { field: string }) => d.field)).toContain('passRule.min');
  });

  it('freezes the results when the poll is finalised; un-finalising goes back to live figures', async () => {
    const pollId = await buildPoll(t, front);
    await keyTheExample(pollId);
    await transition(t, front, pollId, 'close');
    await transition(t, front, pollId, 'finalise');
    const frozen = await results(pollId);
    expect(frozen).toMatchObject({ frozen: true, communes: [{ households: 86, coverage: 9302 }] });
    // Later registry changes must not move a finalised result: five more households in village B.
    const [{ id: extra }] = await t.dataSource.query(`SELECT id FROM household WHERE village_code = $1 LIMIT 1`, [VILLAGE_B]);
    await t.dataSource.query(`INSERT INTO household (commune_code, village_code, village_path, code, head_name) SELECT commune_code, village_code, village_path, code || '-x' || n, head_name FROM household, generate_series(1, 5) n WHERE id = $1`, [extra]);
    const served = await results(pollId);
    expect(served).toEqual(frozen);
    expect(item(served.villages[0], 'item_1')).toMatchObject({ rate: 9861 });
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM poll_result_item WHERE campaign_id = $1`, [pollId]);
    expect(n).toBe(4 * 11); // two villages, the commune and the poll, eleven items each
    await transition(t, front, pollId, 'unfinalise', 'Sửa số hộ');
    const live = await results(pollId);
    expect(live).toMatchObject({ frozen: false, communes: [{ households: 91, coverage: 8791 }] });
    await t.dataSource.query(`DELETE FROM household WHERE code LIKE '%-x%'`);
  });

  it('lists the free-text proposals by village, without their authors', async () => {
    const pollId = await buildPoll(t, front);
    await setHouseholds(t, front, pollId, VILLAGE_A, 5);
    const batch = await openBatch(t, front, pollId, VILLAGE_A);
    for (const text of ['Làm lại đường vào thôn', '  ', 'Thêm đèn chiếu sáng']) {
      await t.api().put(`/api/polls/${pollId}/batches/${batch}/forms/${crypto.randomUUID()}`).set(bearer(front)).send({ answers: { item_1: 'satisfied', proposals: text } }).expect(201);
    }
    const res = await t.api().get(`/api/polls/${pollId}/proposals`).set(bearer(front)).expect(200);
    expect(res.body).toEqual([{ village: { code: VILLAGE_A, name: 'Thôn A', type: 'village' }, proposals: ['Làm lại đường vào thôn', 'Thêm đèn chiếu sáng'] }]);
  });

  it('downloads the village sheet and the commune report with the legal basis and the rule applied', async () => {
    const pollId = await buildPoll(t, front);
    await keyTheExample(pollId);
    const html = await t.api().get(`/api/polls/${pollId}/report`).query({ format: 'html', unitCode: VILLAGE_A }).set(bearer(front)).expect(200);
    expect(html.type).toBe('text/html');
    expect(html.text).toContain('THÔN THÔN A');
    expect(html.text).toContain('98,61');
    expect(html.text).toContain('94,74');
    expect(html.text).toContain('Hướng dẫn số 90/HD-MTTW-BTT');
    expect(html.text).toContain('Mỗi nội dung đạt tỷ lệ hài lòng từ 90,00% trở lên');
    const xlsx = await t.api().get(`/api/polls/${pollId}/report`).query({ format: 'xlsx' }).set(bearer(front)).buffer(true).parse((r, done) => collect(r, done)).expect(200);
    const ExcelJS = (await import('exceljs')).default;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body);
    const text = workbook.worksheets[0]!.getSheetValues().flat().join('|');
    expect(text).toContain('XÃ THỬ NGHIỆM');
    expect(text).toContain('96,25');
    expect(text).toContain('Thôn B');
    expect(text).toContain('Căn cứ: Hướng dẫn số 90/HD-MTTW-BTT');
    const bad = await t.api().get(`/api/polls/${pollId}/report`).query({ format: 'xlsx', unitCode: '02839-01' }).set(bearer(front));
    expect([bad.status, bad.body.details?.[0]?.field]).toEqual([400, 'unitCode']);
  });

  it('hides a poll from a Front officer of another commune', async () => {
    const pollId = await buildPoll(t, front);
    const other = await login(t, 'front');
    const res = await t.api().get(`/api/polls/${pollId}/results`).set(bearer(other));
    expect(res.status).toBe(404);
  });
});

/** supertest hands binary bodies over as a stream. */
function collect(res: NodeJS.EventEmitter, done: (err: Error | null, body: unknown) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks)));
}
