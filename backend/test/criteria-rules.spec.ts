import { adoptCriteriaSet, VILLAGE_NTM_TEMPLATE } from '@ntm/shared';
import { binary, workbookOf } from './support/download';
import { buildCriteriaProvince, enterValue, PROVINCE, setThreshold, XA_A, XA_B } from './support/criteria-fixtures';
import { bearer, buildAccount, login, startTestApp, type TestApp } from './support/test-app';

const SET = 'QD318_NTM';
const manual = (overrides: Record<string, unknown> = {}) => ({
  unitCode: XA_A, setId: SET, indicatorId: '2.2', year: 2025, value: 80, note: 'Báo cáo giao thông', evidenceDate: '2025-09-30', evidenceUrl: 'https://example.org/gt.pdf', ...overrides,
});

describe('criteria: validation, scope, closed years, evidence and downloads', () => {
  let t: TestApp;
  let admin: string;
  let steeringB: string;
  const post = (path: string, body: object, token = admin) => t.api().post(path).set(bearer(token)).send(body);
  const fields = (body: { details?: { field: string }[] }) => (body.details ?? []).map((d) => d.field);

  beforeAll(async () => {
    t = await startTestApp('demo');
    admin = await buildCriteriaProvince(t);
    steeringB = await login(t, (await buildAccount(t, { role: 'steering', unitCode: XA_B })).username);
    const recomputed = await post('/api/criteria/recompute', { unitCode: PROVINCE });
    // two xã, their three villages (no village set yet): 2021–2025 for QĐ 318/319, 2026 for QĐ 51
    expect(recomputed.body).toMatchObject({ units: 5, years: [2021, 2022, 2023, 2024, 2025, 2026] });
  });
  afterAll(() => t.close());

  it('answers 400 per field when a manual value does not fit its indicator or lacks evidence', async () => {
    const cases: [Record<string, unknown>, string[]][] = [
      [{ value: true }, ['value']], // 2.2 is a number (km %)
      [{ indicatorId: '1.1', value: 3 }, ['value']], // 1.1 is yes/no
      [{ note: ' ', evidenceUrl: undefined }, ['note', 'evidenceUrl']],
      [{ evidenceUrl: 'not a link' }, ['evidenceUrl']],
      [{ evidenceDate: '30/09/2025' }, ['evidenceDate']],
      [{ indicatorId: '99.9' }, ['indicatorId']],
      [{ year: 2026 }, ['year']], // QĐ 318 covers 2021–2025
      [{ unitCode: '97001-01' }, ['unitCode']], // a village, for a commune set
    ];
    for (const [overrides, expected] of cases) {
      const res = await post('/api/criteria/manual-values', manual(overrides));
      expect([res.status, fields(res.body)]).toEqual([400, expected]);
    }
    expect((await post('/api/criteria/manual-values', manual({ setId: 'NOPE' }))).status).toBe(404);
  });

  it('keeps every value entered: the latest applies, the history lists them newest first', async () => {
    await enterValue(t, admin, { unitCode: XA_A, setId: SET, indicatorId: '2.2', year: 2025, value: 70 });
    await enterValue(t, admin, { unitCode: XA_A, setId: SET, indicatorId: '2.2', year: 2025, value: 85.5 });
    const history = (await t.api().get('/api/criteria/manual-values').query({ unit: XA_A, set: SET, indicator: '2.2' }).set(bearer(admin)).expect(200)).body;
    expect(history.map((v: { value: number }) => v.value)).toEqual([85.5, 70]);
    const [{ value }] = await t.dataSource.query(`SELECT value FROM criteria_indicator_result WHERE unit_code = $1 AND set_id = $2 AND year = 2025 AND indicator_id = '2.2'`, [XA_A, SET]);
    expect(value).toBe(85.5);
  });

  it('uses an entry for a fed indicator only where no finalised campaign covers the commune', async () => {
    await enterValue(t, admin, { unitCode: XA_B, setId: SET, indicatorId: '11.1', year: 2023, value: 4.5 });
    const [row] = await t.dataSource.query(`SELECT value, state, source FROM criteria_indicator_result WHERE unit_code = $1 AND set_id = $2 AND year = 2023 AND indicator_id = '11.1'`, [XA_B, SET]);
    expect(row).toMatchObject({ value: 4.5, state: 'met', source: { kind: 'manual' } }); // ≤ 6 % (TDMNPB)
  });

  it('answers 400 per field for a bad threshold and 403 outside the province', async () => {
    const base = { provinceCode: PROVINCE, setId: SET, indicatorId: '10.1', column: 'TDMNPB', fromYear: 2025, value: 40, note: 'QĐ tỉnh' };
    for (const [overrides, field] of [[{ column: 'G1' }, 'column'], [{ value: true }, 'value'], [{ fromYear: 2030 }, 'fromYear'], [{ note: '' }, 'note'], [{ indicatorId: 'x' }, 'indicatorId']] as const) {
      const res = await t.api().put('/api/criteria/thresholds').set(bearer(admin)).send({ ...base, ...overrides });
      expect([res.status, fields(res.body)]).toEqual([400, [field]]);
    }
    const demoAdmin = await login(t, 'admin'); // Lào Cai's
    expect((await t.api().put('/api/criteria/thresholds').set(bearer(demoAdmin)).send(base)).status).toBe(403);
    expect((await t.api().put('/api/criteria/thresholds').set(bearer(steeringB)).send(base)).status).toBe(403); // not an admin
  });

  it("shows a commune steering account its own commune only", async () => {
    expect((await t.api().get(`/api/criteria/units/${XA_B}`).query({ set: SET, year: 2025 }).set(bearer(steeringB))).status).toBe(200);
    expect((await t.api().get(`/api/criteria/units/${XA_A}`).query({ set: SET, year: 2025 }).set(bearer(steeringB))).status).toBe(403);
    expect((await t.api().get('/api/criteria/dashboard').query({ unit: PROVINCE, set: SET }).set(bearer(steeringB))).status).toBe(403);
    const own = await t.api().get('/api/criteria/dashboard').query({ set: SET, year: 2025 }).set(bearer(steeringB));
    expect(own.status).toBe(200);
    expect(own.body.grid.map((r: { unit: { code: string } }) => r.unit.code)).toEqual([XA_B]);
    expect((await t.api().get('/api/criteria/units/NOPE').set(bearer(admin))).status).toBe(404);
    expect((await t.api().get(`/api/criteria/units/${XA_A}`).query({ set: 'NOPE' }).set(bearer(admin))).status).toBe(404);
  });

  it('freezes a closed year: manual values 409, recomputes skip it; reopening needs a reason', async () => {
    expect((await post('/api/criteria/years/close', { provinceCode: PROVINCE, year: 2024 })).status).toBe(200);
    expect((await post('/api/criteria/years/close', { provinceCode: PROVINCE, year: 2024 })).status).toBe(409);
    const res = await post('/api/criteria/manual-values', manual({ year: 2024 }));
    expect([res.status, fields(res.body)]).toEqual([409, ['year']]);
    await setThreshold(t, admin, SET, '2.2', 2021, 50); // recomputes 2021–2025, except 2024
    const computed = await t.dataSource.query(`SELECT year, frozen, computed_at FROM criteria_evaluation WHERE unit_code = $1 AND set_id = $2 AND year IN (2024, 2025) ORDER BY year`, [XA_A, SET]);
    expect(computed.map((r: { frozen: boolean }) => r.frozen)).toEqual([true, false]);
    expect(computed[0].computed_at.getTime()).toBeLessThan(computed[1].computed_at.getTime());
    const closedOn = (await t.api().get('/api/criteria/dashboard').query({ unit: PROVINCE, set: SET, year: 2024 }).set(bearer(admin)).expect(200)).body;
    expect(closedOn.closedYears).toEqual([2024]);
    expect((await post('/api/criteria/years/reopen', { provinceCode: PROVINCE, year: 2024 })).status).toBe(400);
    expect((await post('/api/criteria/years/reopen', { provinceCode: PROVINCE, year: 2024, reason: 'Bổ sung số liệu' })).status).toBe(200);
    const trail = await t.dataSource.query(`SELECT action, comment FROM audit_entry WHERE entity_type = 'criteria_year' ORDER BY id`);
    expect(trail).toEqual([{ action: 'close', comment: null }, { action: 'reopen', comment: 'Bổ sung số liệu' }]);
    expect((await post('/api/criteria/manual-values', manual({ year: 2024 }))).status).toBe(201);
    expect((await t.api().get('/api/criteria/dashboard').query({ unit: PROVINCE, set: SET, year: 2024 }).set(bearer(admin)).expect(200)).body.closedYears).toEqual([]);
  });

  it('stores an evidence file and lets readers of the unit download it', async () => {
    const upload = await t.api().post('/api/criteria/evidence').query({ unit: XA_A }).set(bearer(admin)).attach('file', Buffer.from('%PDF-1.4 biên bản'), { filename: 'biên bản.pdf', contentType: 'application/pdf' });
    expect(upload.status).toBe(201);
    expect(upload.body).toMatchObject({ name: 'biên bản.pdf', size: Buffer.byteLength('%PDF-1.4 biên bản'), mime: 'application/pdf' });
    const saved = await post('/api/criteria/manual-values', manual({ evidenceUrl: undefined, evidenceFileId: upload.body.id }));
    expect(saved.status).toBe(201);
    expect(saved.body.evidenceFile).toEqual({ id: upload.body.id, name: 'biên bản.pdf', size: upload.body.size });
    const download = await binary(t.api().get(`/api/criteria/evidence/${upload.body.id}`).set(bearer(admin)));
    expect([download.status, download.body.toString()]).toEqual([200, '%PDF-1.4 biên bản']);
    expect((await t.api().get(`/api/criteria/evidence/${upload.body.id}`).set(bearer(steeringB))).status).toBe(403);
    expect((await t.api().post('/api/criteria/evidence').query({ unit: XA_A }).set(bearer(admin))).status).toBe(400);
  });

  it("adopts the village template as the province's own set, validated, and evaluates its villages", async () => {
    const set = adoptCriteriaSet(VILLAGE_NTM_TEMPLATE, PROVINCE);
    const broken = await post('/api/criteria/own-sets', { provinceCode: PROVINCE, set: { ...set, fromYear: 2030, toYear: 2021 } });
    expect(broken.status).toBe(400);
    expect(fields(broken.body)).toContain('set.toYear');
    const saved = await post('/api/criteria/own-sets', { provinceCode: PROVINCE, set });
    expect(saved.status).toBe(201);
    expect(saved.body).toMatchObject({ id: set.id, version: 1, unitLevel: 'village', provinceCode: PROVINCE });
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM criteria_evaluation WHERE set_id = $1 AND year = 2025`, [set.id]);
    expect(n).toBe(3); // the three villages of the two xã
    const page = (await t.api().get(`/api/criteria/units/${XA_A}`).query({ set: SET, year: 2025 }).set(bearer(admin)).expect(200)).body;
    expect(page.villages.map((v: { unit: { code: string } }) => v.unit.code)).toEqual(['97001-01', '97001-02']);
    const audit = await t.dataSource.query(`SELECT action FROM audit_entry WHERE entity_type = 'criteria_set'`);
    expect(audit).toEqual([{ action: 'set_saved' }]);
  });

  it('downloads the commune criteria table and the province summary as xlsx', async () => {
    const table = await binary(t.api().get(`/api/criteria/units/${XA_A}/export`).query({ set: SET, year: 2025 }).set(bearer(admin)));
    expect(table.status).toBe(200);
    const sheet = (await workbookOf(table)).getWorksheet('Tiêu chí')!;
    expect(sheet.getRow(1).values).toEqual([undefined, 'Tiêu chí', 'Chỉ tiêu', 'Giá trị', 'Đơn vị', 'Ngưỡng', 'Ngưỡng của', 'Đánh giá', 'Lý do chưa có số liệu', 'Nguồn số liệu']);
    const roads = sheet.getRows(2, sheet.rowCount - 1)!.find((row) => String(row.getCell(2).value).startsWith('2.2 '))!;
    expect(roads.getCell(3).value).toBe(80); // the evidence-file entry of the previous test is the latest
    expect([roads.getCell(5).value, roads.getCell(6).value, roads.getCell(7).value, roads.getCell(8).value]).toEqual(['≥ 50', 'Tỉnh', 'Đạt', null]);
    expect(String(roads.getCell(9).value)).toContain('biên bản.pdf');
    const planning = sheet.getRows(2, sheet.rowCount - 1)!.find((row) => String(row.getCell(2).value).startsWith('1.1 '))!;
    expect([planning.getCell(3).value, planning.getCell(7).value, planning.getCell(8).value]).toEqual([null, 'Chưa có số liệu', 'Chưa có giá trị']);
    const summary = await binary(t.api().get('/api/criteria/dashboard/export').query({ unit: PROVINCE, set: SET, year: 2025 }).set(bearer(admin)));
    expect(summary.status).toBe(200);
    const book = await workbookOf(summary);
    const grid = book.getWorksheet('Xã × tiêu chí')!;
    expect(grid.rowCount).toBe(3); // header + two xã
    expect(grid.getRow(2).getCell(1).value).toBe(XA_A);
    expect(grid.getRow(1).getCell(3).value).toBe('TC 1');
    expect(book.getWorksheet('Theo tiêu chí')!.rowCount).toBe(20);
    expect(book.getWorksheet('Mục tiêu')).toBeDefined();
  });

  it('says why an indicator has no data: a commune without a region has no threshold column', async () => {
    // a unit without its own region takes its province's: neither has one here
    await t.dataSource.query(`UPDATE administrative_unit SET ntm_region = NULL WHERE code IN ($1, $2)`, [PROVINCE, XA_B]);
    await enterValue(t, admin, { unitCode: XA_B, setId: SET, indicatorId: '2.2', year: 2025, value: 80 }); // recomputes xã B
    const page = (await t.api().get(`/api/criteria/units/${XA_B}`).query({ set: SET, year: 2025 }).set(bearer(admin)).expect(200)).body;
    const view = (id: string) => page.criteria.flatMap((c: { indicators: object[] }) => c.indicators).find((i: { indicator: { id: string } }) => i.indicator.id === id);
    expect(view('2.2')).toMatchObject({ value: 80, threshold: null, state: 'no_data', noData: 'no_column' });
    expect(view('1.1')).toMatchObject({ value: null, state: 'no_data', noData: 'no_value' });
    expect(page.score.column).toBeNull();
    await t.dataSource.query(`UPDATE administrative_unit SET ntm_region = 'TDMNPB' WHERE code IN ($1, $2)`, [PROVINCE, XA_B]);
  });
});
