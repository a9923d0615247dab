import type { CriteriaDashboard, IndicatorTrace, TargetDto, UnitCriteriaPage } from '@ntm/shared';
import { buildCriteriaProvince, finalisedPassingPoll, finalisedReview, meetEveryCriterion, PROVINCE, setThreshold, XA_A, XA_B } from './support/criteria-fixtures';
import { AddCriteriaNoDataReason1764500000000 } from '../src/database/migrations/1764500000000-AddCriteriaNoDataReason';
import { moveCampaign, signedInAdmin } from './support/survey-fixtures';
import { bearer, startTestApp, type TestApp } from './support/test-app';

const SET = 'QD318_NTM';
/** Xã A's fed values (see finalisedReview): clean water 1 of 5, nobody with a hygienic latrine, every house durable, every member insured. */
const FACTS = { 'facts.durableHousing': 90, 'facts.allInsured': 85, 'facts.cleanWater': 20, 'facts.hygienicLatrine': 0 };

describe('commune criteria scores from finalised campaigns', () => {
  let t: TestApp;
  let national: string;
  let admin: string;
  let reviewId: string;
  const page = async (code: string, token = admin): Promise<UnitCriteriaPage> =>
    (await t.api().get(`/api/criteria/units/${code}`).query({ set: SET, year: 2025 }).set(bearer(token)).expect(200)).body;
  const indicator = (p: UnitCriteriaPage, id: string) => p.criteria.flatMap((c) => c.indicators).find((i) => i.indicator.id === id)!;
  const criterion = (p: UnitCriteriaPage, n: number) => p.criteria.find((c) => c.number === n)!;

  beforeAll(async () => {
    t = await startTestApp('demo');
    national = await signedInAdmin(t, 'VN');
    admin = await buildCriteriaProvince(t);
    reviewId = await finalisedReview(t, national);
  });
  afterAll(() => t.close());

  it('feeds income and poverty from the finalised review and judges them against the national thresholds (TDMNPB)', async () => {
    const a = await page(XA_A);
    expect(indicator(a, '10.1')).toMatchObject({ value: 35.33, threshold: { value: 48, origin: 'national' }, state: 'not_met' }); // 530e6 / 15 people; 2025 step
    expect(indicator(a, '11.1')).toMatchObject({ value: 20, threshold: { value: 6, origin: 'national' }, state: 'not_met' }); // (1 + 1) / 10
    expect(indicator(a, '11.1').source).toMatchObject({ kind: 'campaign', campaignId: reviewId, campaignKind: 'household_review', year: 2025 });
    expect(indicator(a, '17.1')).toMatchObject({ value: 20, threshold: null, state: 'no_data', noData: 'no_threshold' }); // clean water: 1 / 5, threshold to confirm
    expect(indicator(a, '11.1').noData).toBeNull();
    const b = await page(XA_B);
    expect(indicator(b, '10.1')).toMatchObject({ value: 10.67, state: 'not_met' }); // 64e6 / 6
    expect(indicator(b, '11.1')).toMatchObject({ value: 50, state: 'not_met' }); // 2 / 4
  });

  it('gives rows stored before the no-data reason existed the reason the evaluator gives (migration 1764500000000)', async () => {
    const reasons = () => t.dataSource.query(`SELECT unit_code, year, set_id, indicator_id, no_data_reason FROM criteria_indicator_result WHERE state = 'no_data' ORDER BY 1, 2, 3, 4`);
    const written: { no_data_reason: string }[] = await reasons();
    expect(new Set(written.map((r) => r.no_data_reason))).toEqual(new Set(['no_value', 'no_threshold'])); // e.g. 11.1 before 2025, 17.1 in 2025
    const migration = new AddCriteriaNoDataReason1764500000000();
    const runner = t.dataSource.createQueryRunner();
    try {
      await migration.down(runner);
      await migration.up(runner);
    } finally {
      await runner.release();
    }
    expect(await reasons()).toEqual(written);
  });

  it("lets the province's column win from its year, audited, and recomputes at once", async () => {
    await setThreshold(t, admin, SET, '10.1', 2025, 35);
    await setThreshold(t, admin, SET, '11.1', 2021, 25);
    const a = await page(XA_A);
    expect(indicator(a, '10.1')).toMatchObject({ value: 35.33, threshold: { value: 35, origin: 'provincial' }, state: 'met' });
    expect(indicator(a, '11.1')).toMatchObject({ value: 20, threshold: { value: 25, origin: 'provincial' }, state: 'met' });
    expect(indicator(await page(XA_B), '11.1')).toMatchObject({ value: 50, state: 'not_met' });
    const detail = (await t.api().get(`/api/criteria/sets/${SET}`).query({ province: PROVINCE }).set(bearer(admin)).expect(200)).body;
    const row = detail.thresholds['10.1'].find((r: { column: string }) => r.column === 'TDMNPB');
    expect(row.national.at(-1)).toEqual({ fromYear: 2025, value: 48 });
    expect(row.provincial).toEqual([expect.objectContaining({ fromYear: 2025, value: 35, note: 'Quyết định của UBND tỉnh thử' })]);
    const audit = await t.dataSource.query(`SELECT action, comment FROM audit_entry WHERE entity_type = 'criteria_threshold' ORDER BY id`);
    expect(audit).toEqual([
      { action: 'threshold_set', comment: `${PROVINCE} · ${SET} · 10.1 · TDMNPB · 2025 = 35 — Quyết định của UBND tỉnh thử` },
      { action: 'threshold_set', comment: `${PROVINCE} · ${SET} · 11.1 · TDMNPB · 2021 = 25 — Quyết định của UBND tỉnh thử` },
    ]);
  });

  it('scores xã A 19 of 19 once every value is entered, NTM, and ready for recognition only after a passing poll', async () => {
    await meetEveryCriterion(t, admin, SET, 2025, FACTS);
    let a = await page(XA_A);
    expect(a.score).toMatchObject({ met: 19, notMet: 0, noData: 0, total: 19, score: 10000, allMet: true, column: 'TDMNPB' });
    expect(a.level).toBe('ntm'); // the advanced set is not met
    expect(a.readyForRecognition).toBe(false); // no poll yet
    expect(indicator(a, '2.2').manual).toMatchObject({ value: 50, note: 'Báo cáo của phòng chuyên môn', evidenceUrl: 'https://example.org/bao-cao.pdf' });
    const pollId = await finalisedPassingPoll(t);
    a = await page(XA_A);
    expect(a.readyForRecognition).toBe(true);
    expect(a.poll).toMatchObject({ campaignId: pollId, verdict: 'passed', coverage: 10000 });
    const b = await page(XA_B);
    expect(criterion(b, 10).state).toBe('not_met');
    expect(criterion(b, 11).state).toBe('not_met');
    expect(criterion(b, 17).state).toBe('not_met'); // clean water 0 % < 20 %
    expect(b.level).toBe('none');
  });

  it('traces criterion 11 to the review and its villages, with the responses of each', async () => {
    const trace: IndicatorTrace = (await t.api().get('/api/criteria/trace').query({ unit: XA_A, set: SET, year: 2025, indicator: '11.1' }).set(bearer(admin)).expect(200)).body;
    expect(trace.value).toBe(20);
    expect(trace.villages.map((v) => [v.unit.code, v.value, v.numerator, v.denominator, v.responsesUrl])).toEqual([
      ['97001-01', 40, 2, 5, `/poverty-review/${reviewId}/${XA_A}?village=97001-01`], // poor + near-poor of 5
      ['97001-02', 0, 0, 5, `/poverty-review/${reviewId}/${XA_A}?village=97001-02`],
    ]);
  });

  it("counts a target's actual per year in SQL, with what it counts over", async () => {
    const body = { unitCode: PROVINCE, setId: SET, label: '2/2 xã đạt tiêu chí nghèo đa chiều', metric: 'communes_meeting_criterion', parameter: '11', fromYear: 2024, toYear: 2025, baseline: 0, target: 2 };
    const created: TargetDto = (await t.api().post('/api/criteria/targets').set(bearer(admin)).send(body).expect(201)).body;
    expect(created).toMatchObject({ outOf: 2, target: 2, baseline: 0, actual: [{ year: 2024, value: 0 }, { year: 2025, value: 1 }] }); // 2024: the 2025 review is later
    const ntm = { ...body, label: 'Xã đạt chuẩn', metric: 'communes_at_level', parameter: 'ntm', target: 1 };
    expect((await t.api().post('/api/criteria/targets').set(bearer(admin)).send(ntm).expect(201)).body.actual.at(-1)).toEqual({ year: 2025, value: 1 });
    const average = { ...body, label: 'Bình quân tiêu chí', metric: 'average_criteria_met', parameter: null, target: 17 };
    const dashboard: CriteriaDashboard = (await t.api().get('/api/criteria/dashboard').query({ unit: PROVINCE, set: SET, year: 2025 }).set(bearer(admin)).expect(200)).body;
    const b = dashboard.grid.find((row) => row.unit.code === XA_B)!;
    const created3 = (await t.api().post('/api/criteria/targets').set(bearer(admin)).send(average).expect(201)).body;
    expect(created3.actual.at(-1)).toEqual({ year: 2025, value: (19 + b.met) / 2 });
    expect(created3.outOf).toBe(19);
    expect(dashboard.levels).toEqual({ none: 1, ntm: 1, advanced: 0, model: 0 });
    expect(dashboard.distribution[19]).toBe(1);
    expect(dashboard.criteria.find((c) => c.number === 11)).toEqual(expect.objectContaining({ met: 1, notMet: 1, noData: 0 }));
    expect(dashboard.headline).toMatchObject({ communes: 2, evaluated: 2, pollsPassed: 1, noPoll: 1, multidimensionalPovertyRate: 28.57, incomePerHead: 28.29 }); // the province's own row: 4 / 14 households; 594e6 / 21 people
  });

  it('reverts the fed values to no data when the review is un-finalised', async () => {
    await moveCampaign(t, national, reviewId, 'unfinalise');
    const a = await page(XA_A);
    expect(indicator(a, '11.1')).toMatchObject({ value: null, state: 'no_data', noData: 'no_value', source: { kind: 'none' } });
    // criteria 9, 10, 11, 15 and 17 have fed indicators: 14 / 19 met
    expect(a.score).toMatchObject({ met: 14, notMet: 0, noData: 5, total: 19, score: 7368 });
    expect(a.level).toBe('none');
  });
});
