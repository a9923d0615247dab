import type { CriteriaDashboard, IndicatorTrace, UnitCriteriaPage } from '@ntm/shared';
import { bearer, login, startTestApp, type TestApp } from './support/test-app';

describe('criteria of the demo province (Lào Cai)', () => {
  let t: TestApp;
  let steering: string;
  const get = async <T>(path: string, query: Record<string, string | number>): Promise<T> => (await t.api().get(path).query(query).set(bearer(steering)).expect(200)).body as T;
  beforeAll(async () => {
    t = await startTestApp('demo');
    steering = await login(t, 'steering');
  });
  afterAll(() => t.close());

  it('spreads the xã over 8–19 criteria in 2021, improving every year towards the targets', async () => {
    const [first, last] = await Promise.all([2021, 2025].map((year) => get<CriteriaDashboard>('/api/criteria/dashboard', { set: 'QD318_NTM', year })));
    expect(first!.grid).toHaveLength(first!.headline.communes);
    const lowest = (d: CriteriaDashboard) => d.distribution.findIndex((n) => n > 0);
    expect(lowest(first!)).toBeGreaterThanOrEqual(8);
    expect(first!.distribution[19]).toBeGreaterThan(0);
    expect(last!.averageMet!).toBeGreaterThan(first!.averageMet!);
    expect(last!.levels.ntm + last!.levels.advanced + last!.levels.model).toBeGreaterThan(first!.levels.ntm + first!.levels.advanced + first!.levels.model);
    const ntm = last!.targets.find((x) => x.metric === 'communes_at_level' && x.parameter === 'ntm')!;
    expect(ntm).toMatchObject({ target: 94, baseline: 61, outOf: last!.headline.communes });
    expect(ntm.actual.map((a) => a.year)).toEqual([2021, 2022, 2023, 2024, 2025]);
    // the eight commune lines of the 2021–2025 directives; the village lines belong to the village set's view
    expect(last!.targets.map((x) => x.label)).toHaveLength(8);
    expect(last!.targets.every((x) => x.setId === 'QD318_NTM')).toBe(true);
    const advanced = await get<CriteriaDashboard>('/api/criteria/dashboard', { set: 'QD318_ADVANCED', year: 2025 });
    expect(advanced.targets.map((x) => `${x.setId} ${x.metric} ${x.parameter}`).sort()).toEqual(['advanced', 'model', 'ntm'].map((l) => `QD318_NTM communes_at_level ${l}`)); // the commune set's level targets only
  });

  it('feeds Bắc Hà from its finalised 2025 review and poll: criterion 11 traced to the review, ready for recognition', async () => {
    const page = await get<UnitCriteriaPage>('/api/criteria/units/02839', { set: 'QD318_NTM', year: 2025 });
    const poverty = page.criteria.find((c) => c.number === 11)!.indicators[0]!;
    expect(poverty.source).toMatchObject({ kind: 'campaign', campaignKind: 'household_review', year: 2025 });
    expect(page).toMatchObject({ readyForRecognition: true, poll: { verdict: 'passed', year: 2025 } });
    const trace = await get<IndicatorTrace>('/api/criteria/trace', { unit: '02839', set: 'QD318_NTM', year: 2025, indicator: '11.1' });
    expect(trace.villages.length).toBeGreaterThan(1);
    expect(trace.villages.reduce((sum, v) => sum + v.denominator!, 0)).toBeGreaterThan(900); // the registry's active households
  });

  it('evaluates the villages with the adopted village set and the xã with Decision 51 in 2026', async () => {
    const villages = await get<CriteriaDashboard>('/api/criteria/dashboard', { set: 'P15_VILLAGE_NTM', year: 2025 });
    expect(villages.levels.ntm).toBeGreaterThan(0);
    expect(villages.headline.communes).toBe(villages.grid.length);
    // thôn kiểu mẫu: the adopted model village set gives the directive's "90 model villages" an actual
    const models = await get<CriteriaDashboard>('/api/criteria/dashboard', { set: 'P15_VILLAGE_MODEL', year: 2025 });
    expect(models.criteria).toHaveLength(12);
    expect(models.levels.model).toBeGreaterThan(0);
    expect(models.levels.model).toBeLessThan(villages.levels.ntm); // only NTM villages are scored on it, not all pass
    const ninety = models.targets.find((x) => x.label === '90 thôn nông thôn mới kiểu mẫu')!;
    expect(ninety.actual.at(-1)).toEqual({ year: 2025, value: models.levels.model }); // evaluated from 2025, when the set was adopted
    expect(villages.targets.map((x) => x.label)).toEqual(['110 thôn đạt chuẩn nông thôn mới']);
    const d51 = await get<CriteriaDashboard>('/api/criteria/dashboard', { set: 'QD51_NTM', year: 2026 });
    expect(d51.criteria).toHaveLength(10);
    expect(d51.levels.ntm).toBeGreaterThan(0);
  });
});
