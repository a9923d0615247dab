import type { PovertyIndicatorRowDto, PovertyIndicatorsDto } from '@ntm/shared';
import { buildHouseholds } from './support/assessment-fixtures';
import { binary, workbookOf } from './support/download';
import { buildIndicatorScenario, type IndicatorScenario } from './support/indicator-scenario';
import { buildCampaign, moveCampaign, oneQuestionForm, publishForm } from './support/survey-fixtures';
import { bearer, buildAccount, login, startTestApp, type TestApp } from './support/test-app';

describe('poverty indicators of a household review campaign', () => {
  let t: TestApp;
  let admin: string;
  let s: IndicatorScenario;
  const indicators = (token: string, query: Record<string, string>) => t.api().get('/api/poverty-indicators').query(query).set(bearer(token));
  const read = async (query: Record<string, string>, token = admin): Promise<PovertyIndicatorsDto> => {
    const res = await indicators(token, { campaign: s.campaignId, ...query });
    if (res.status !== 200) throw new Error(`indicators: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as PovertyIndicatorsDto;
  };
  const approve = (id: string) => t.api().post(`/api/campaigns/${s.campaignId}/responses/${id}/approve`).set(bearer(admin)).send({});
  const reopen = (id: string) => t.api().post(`/api/campaigns/${s.campaignId}/responses/${id}/reopen`).set(bearer(admin)).send({ reason: 'Kiểm tra lại' });

  beforeAll(async () => {
    t = await startTestApp('demo');
    admin = await login(t, 'admin');
    s = await buildIndicatorScenario(t, admin, '99901');
  });
  afterAll(() => t.close());

  it('counts a village of 10 households with 3 approved reviews: 1 poor, 1 near-poor, 1 not poor', async () => {
    const { row, children } = await read({ unit: s.villages[0] });
    expect(children).toEqual([]);
    expect(row.counts).toMatchObject({
      households: 10, // the household that moved away is not counted
      reviewed: 3,
      classes: { poor: 1, near_poor: 1, average: 0, not_poor: 1, screened_out: 0, incomplete: 0 },
      deprived: { water: 2, latrine: 3, telecom: 3 },
      income: { households: 3, members: 9, yearlySum: '266000000' }, // 32 + 32 + 202 million đồng
      movements: { newly_poor: 1, escaped_poor: 1 },
    });
    expect(row.rates).toEqual({
      poor: 10, // 1 / 10
      nearPoor: 10,
      average: 0,
      multidimensional: 20, // (1 + 1) / 10
      ntm: { excluded: 0, multidimensional: 20 },
      deprivation: { latrine: 100, telecom: 100, water: 66.67 }, // of 3 assessed; B has piped water
      incomePerHead: { perMonth: 2.46, perYear: 29.56 }, // 266e6 / 9 people = 29,555,556 a year, 2,462,963 a month
      // every house is durable and every member insured; only B has clean water, nobody a hygienic latrine or internet
      facts: { durableHousing: 100, cleanWater: 33.33, hygienicLatrine: 0, allInsured: 100, internetUse: 0 },
    });
  });

  it('sums a commune from its villages, and lists the villages with their own figures', async () => {
    const { row, children, frozen, exclusionRule, parentCode } = await read({ unit: s.commune });
    expect(parentCode).toBe('15');
    expect(frozen).toBe(false);
    expect(exclusionRule).toEqual({ excludeSocialProtection: false, excludeImpoverishedByShock: false }); // the province's default
    expect(children.map((c) => [c.unit.code, c.counts.households, c.counts.reviewed])).toEqual([
      [s.villages[0], 10, 3],
      [s.villages[1], 5, 3],
      [s.villages[2], 2, 0],
    ]);
    // E and F assessed; G screened out
    expect(children[1]!.rates).toMatchObject({ poor: 20, average: 20, multidimensional: 20, deprivation: { latrine: 100, telecom: 100, water: 100 } });
    expect(children[2]!.rates).toMatchObject({ poor: 0, multidimensional: 0, incomePerHead: null, deprivation: {} });
    expect(row.counts).toMatchObject({
      households: 17,
      reviewed: 6,
      classes: { poor: 2, near_poor: 1, average: 1, not_poor: 1, screened_out: 1, incomplete: 0 },
      excluded: { poor: { socialProtection: 2, impoverishedByShock: 1, both: 1 }, nearPoor: { socialProtection: 0, impoverishedByShock: 1, both: 0 } },
      income: { households: 5, members: 15, yearlySum: '360000000' }, // G has no income: screened out
      movements: { newly_poor: 2, escaped_poor: 1 },
    });
    expect(row.rates).toEqual({
      poor: 11.76, // 2 / 17 = 11.7647
      nearPoor: 5.88, // 1 / 17 = 5.8824
      average: 5.88,
      multidimensional: 17.65, // 3 / 17 = 17.6471
      ntm: { excluded: 0, multidimensional: 17.65 },
      // 6 reviewed − 1 screened out = 5 assessed
      deprivation: { latrine: 100, telecom: 100, water: 80 }, // water: A, C, E, F of 5
      incomePerHead: { perMonth: 2, perYear: 24 }, // 360e6 / 15 = 24,000,000 a year, 2,000,000 a month
      facts: { durableHousing: 100, cleanWater: 20, hygienicLatrine: 0, allInsured: 100, internetUse: 0 }, // G unknown
    });
  });

  it('applies the NTM exclusion rule to the numerator only, and says which rule it applied', async () => {
    const social = await read({ unit: s.commune, excludeSocialProtection: 'true' });
    expect(social.exclusionRule).toEqual({ excludeSocialProtection: true, excludeImpoverishedByShock: false });
    expect(social.row.rates.ntm).toEqual({ excluded: 2, multidimensional: 5.88 }); // A and E: (3 − 2) / 17
    expect(social.row.rates.multidimensional).toBe(17.65);
    const shock = await read({ unit: s.commune, excludeImpoverishedByShock: 'true' });
    expect(shock.row.rates.ntm).toEqual({ excluded: 2, multidimensional: 5.88 }); // B and E
    const both = await read({ unit: s.commune, excludeSocialProtection: 'true', excludeImpoverishedByShock: 'true' });
    expect(both.row.rates.ntm).toEqual({ excluded: 3, multidimensional: 0 }); // A, B and E (E once)
    expect(both.children[0]!.rates.ntm).toEqual({ excluded: 2, multidimensional: 0 });
  });

  it('applies the province’s exclusion rule from the review settings when the request does not choose one', async () => {
    const setRule = (rule: object) => t.api().put('/api/poverty-review/settings/15').set(bearer(admin)).send(rule).expect(200);
    await setRule({ excludeSocialProtection: true });
    try {
      const { exclusionRule, row } = await read({ unit: s.commune });
      expect(exclusionRule).toEqual({ excludeSocialProtection: true, excludeImpoverishedByShock: false });
      expect(row.rates.ntm).toEqual({ excluded: 2, multidimensional: 5.88 });
      expect((await read({ unit: s.commune, excludeSocialProtection: 'false' })).row.rates.ntm.excluded).toBe(0); // a request may still compare
    } finally {
      await setRule({ excludeSocialProtection: false });
    }
  });

  it('counts a response only once approved, two approvals at once included, and stops when it is reopened', async () => {
    await Promise.all([approve(s.pending.d).expect(200), approve(s.pending.h).expect(200)]);
    const after = (await read({ unit: s.commune })).row;
    expect(after.counts.classes).toMatchObject({ poor: 3, near_poor: 2 });
    expect(after.counts.reviewed).toBe(8);
    expect(after.rates.multidimensional).toBe(29.41); // 5 / 17 = 29.4118
    await Promise.all([reopen(s.pending.d).expect(200), reopen(s.pending.h).expect(200)]);
    const reopened = (await read({ unit: s.commune })).row;
    expect(reopened.counts.classes).toMatchObject({ poor: 2, near_poor: 1 });
    expect(reopened.rates.multidimensional).toBe(17.65);
  });

  it('shows the province and the whole campaign, which here hold only the campaign’s xã', async () => {
    const commune = (await read({ unit: s.commune })).row;
    const province = await read({ unit: '15' });
    expect(province.children.map((c) => c.unit.code)).toEqual([s.commune]);
    expect(province.row.counts).toEqual(commune.counts);
    expect(province.campaignTotal!.counts).toEqual(commune.counts);
    expect(province.campaignTotal!.unit.code).toBe('VN');
  });

  it('recomputed from scratch on demand, gives the figures the approvals kept up to date', async () => {
    const before = await read({ unit: s.commune });
    const res = await t.api().post('/api/poverty-indicators/recompute').set(bearer(admin)).send({ campaign: s.campaignId });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ campaignId: s.campaignId, units: 6 }); // 3 villages, the xã, the province, the root
    const after = await read({ unit: s.commune });
    const counts = (rows: PovertyIndicatorRowDto[]) => rows.map((r) => r.counts);
    expect(after.row.counts).toEqual(before.row.counts);
    expect(counts(after.children)).toEqual(counts(before.children));
  });

  it('downloads the summary by unit as xlsx: one row per unit, Vietnamese headers, the rule stated', async () => {
    const res = await binary(t.api().get('/api/poverty-indicators/export').query({ campaign: s.campaignId, unit: s.commune }).set(bearer(admin)));
    expect(res.status).toBe(200);
    expect(res.headers['content-disposition']).toContain('chi-tieu-ngheo-2025-99901.xlsx');
    const workbook = await workbookOf(res);
    const sheet = workbook.getWorksheet('Tổng hợp theo đơn vị')!;
    const header = sheet.getRow(1).values as unknown[];
    const column = (name: string) => header.indexOf(name);
    expect(sheet.rowCount).toBe(5);
    const cell = (row: number, name: string) => sheet.getRow(row).getCell(column(name)).value;
    expect([2, 3, 4, 5].map((r) => cell(r, 'Mã đơn vị'))).toEqual([s.commune, ...s.villages]);
    expect(cell(2, 'Tổng số hộ (sổ hộ, đang cư trú)')).toBe(17);
    expect(cell(2, 'Hộ nghèo')).toBe(2);
    expect(cell(2, 'Tỷ lệ nghèo đa chiều (%)')).toBe(17.65);
    expect(cell(2, 'Tỷ lệ nghèo đa chiều theo tiêu chí NTM (%)')).toBe(17.65);
    expect(cell(2, 'Thu nhập bình quân đầu người (triệu đồng/tháng)')).toBe(2);
    expect(cell(2, 'Tỷ lệ thiếu hụt: Nguồn nước sinh hoạt (%)')).toBe(80);
    expect(cell(5, 'Tỷ lệ thiếu hụt: Nguồn nước sinh hoạt (%)')).toBeNull(); // no household assessed in village 3
    expect(cell(3, 'Biến động: Hộ nghèo mới')).toBe(1);
    const about = workbook.getWorksheet('Thông tin')!;
    expect(about.getRow(4).values).toEqual([undefined, 'Quy tắc loại trừ theo tiêu chí NTM', 'Không loại trừ hộ nào']);
  });

  it('refuses units outside the caller’s scope (403), campaigns they cannot see (404) and bad input (400)', async () => {
    const { username } = await buildAccount(t, { role: 'supervisor', unitCode: s.commune });
    const supervisor = await login(t, username);
    expect((await read({}, supervisor)).row.unit.code).toBe(s.commune); // their own unit by default
    expect((await read({}, supervisor)).parentCode).toBeNull(); // the province lies above their scope
    expect((await read({}, supervisor)).campaignTotal).not.toBeNull(); // the campaign lies wholly in their xã
    const outside = await indicators(supervisor, { campaign: s.campaignId, unit: '15' });
    expect(outside.status).toBe(403);
    expect(outside.body.details).toEqual([{ field: 'unit', reason: 'is outside your scope' }]);
    expect((await t.api().get('/api/poverty-indicators/export').query({ campaign: s.campaignId, unit: '15' }).set(bearer(supervisor))).status).toBe(403);
    expect((await indicators(await login(t, 'supervisor'), { campaign: s.campaignId })).status).toBe(404); // xã Bắc Hà's supervisor
    expect((await indicators(await login(t, 'enumerator'), { campaign: s.campaignId })).status).toBe(403);
    expect((await t.api().post('/api/poverty-indicators/recompute').set(bearer(supervisor)).send({ campaign: s.campaignId })).status).toBe(403);

    const bad = await indicators(admin, { unit: s.commune, excludeSocialProtection: 'maybe' });
    expect(bad.status).toBe(400);
    expect(bad.body.details.map((d: { field: string }) => d.field).sort()).toEqual(['campaign', 'excludeSocialProtection']);
    expect((await indicators(admin, { campaign: s.campaignId, unit: 'no-such-unit' })).body.details).toEqual([{ field: 'unit', reason: 'unknown unit "no-such-unit"' }]);
    const poll = await buildCampaign(t, admin, await publishForm(t, admin, oneQuestionForm()), { kind: 'satisfaction_poll' });
    const notReview = await indicators(admin, { campaign: poll });
    expect(notReview.status).toBe(400);
    expect(notReview.body.details[0].field).toBe('campaign');
  });

  it('freezes the figures when the campaign is finalised, and thaws them when it is un-finalised', async () => {
    const other = await buildIndicatorScenario(t, admin, '99902');
    const households = async () => {
      const body = (await indicators(admin, { campaign: other.campaignId, unit: other.commune })).body as PovertyIndicatorsDto;
      return { frozen: body.frozen, households: body.row.counts.households };
    };
    const recompute = () => t.api().post('/api/poverty-indicators/recompute').set(bearer(admin)).send({ campaign: other.campaignId });

    await moveCampaign(t, admin, other.campaignId, 'close', 'finalise');
    expect(await households()).toEqual({ frozen: true, households: 17 });
    await buildHouseholds(t, other.villages[2], 1); // the registry changes after finalisation
    const refused = await recompute();
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('INVALID_TRANSITION');
    const approval = await t.api().post(`/api/campaigns/${other.campaignId}/responses/${other.pending.d}/approve`).set(bearer(admin)).send({});
    expect(approval.status).toBe(409);
    expect(await households()).toEqual({ frozen: true, households: 17 });

    await moveCampaign(t, admin, other.campaignId, 'unfinalise');
    expect(await households()).toEqual({ frozen: false, households: 17 });
    await recompute().expect(200);
    expect(await households()).toEqual({ frozen: false, households: 18 });
  });
});
