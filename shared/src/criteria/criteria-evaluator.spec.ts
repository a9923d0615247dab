import type { CriteriaValueInput } from './criteria-evaluation';
import type { UnitProfile } from './criteria-set';
import { appliedThreshold, criterionState, evaluateUnitCriteria, indicatorState, thresholdColumnOf } from './criteria-evaluator';
import { buildIndicator, buildSet, criteriaOf } from './testing/build-set';

const MANUAL = { kind: 'manual', entryId: 'e1', enteredBy: 'steering', enteredAt: '2025-06-01T00:00:00Z' } as const;
const given = (value: number | boolean | null): CriteriaValueInput => ({ value, source: MANUAL });
const profile = (overrides: Partial<UnitProfile> = {}): UnitProfile => ({ ntmRegion: 'DBSH', communeGroup: null, particularlyDifficult: false, ...overrides });

describe('indicatorState: values compared exactly as given', () => {
  it.each([
    ['gte', 45, 45, 'met'],
    ['gte', 44.99, 45, 'not_met'],
    ['gte', 45.01, 45, 'met'],
    ['lte', 6, 6, 'met'],
    ['lte', 6.01, 6, 'not_met'],
    ['lte', 5.99, 6, 'met'],
    ['eq', 100, 100, 'met'],
    ['eq', 99.99, 100, 'not_met'],
  ] as const)('%s: %d against %d is %s', (comparison, value, threshold, expected) => {
    expect(indicatorState(comparison, value, threshold)).toBe(expected);
  });

  it('has no data without a value, or without a threshold for a numeric comparison', () => {
    expect(indicatorState('gte', null, 45)).toBe('no_data');
    expect(indicatorState('gte', 50, null)).toBe('no_data');
  });

  it('judges a yes/no indicator without any threshold: met only when the value is true', () => {
    expect(indicatorState('yes_no', true, null)).toBe('met');
    expect(indicatorState('yes_no', false, null)).toBe('not_met');
    expect(indicatorState('yes_no', null, null)).toBe('no_data');
  });

  it('treats a value of the wrong type as no data', () => {
    expect(indicatorState('gte', true, 45)).toBe('no_data');
    expect(indicatorState('yes_no', 1, null)).toBe('no_data');
  });
});

describe('thresholdColumnOf', () => {
  it('uses the TDMNPB column for a particularly difficult commune of the Red River Delta (QĐ 318, art. 1)', () => {
    expect(thresholdColumnOf('region', profile({ particularlyDifficult: true }))).toBe('TDMNPB');
    expect(thresholdColumnOf('region', profile())).toBe('DBSH');
  });

  it('has no column for a region-scheme commune without a region', () => {
    expect(thresholdColumnOf('region', profile({ ntmRegion: null }))).toBeNull();
  });

  it('puts a commune without a group in group 2, "all others" of QĐ 51/2025', () => {
    expect(thresholdColumnOf('group', profile({ communeGroup: 3 }))).toBe('G3');
    expect(thresholdColumnOf('group', profile())).toBe('G2');
    expect(thresholdColumnOf('single', profile({ ntmRegion: null }))).toBe('ALL');
  });
});

describe('appliedThreshold', () => {
  const income = buildIndicator({
    id: '10.1',
    thresholds: { TDMNPB: [{ fromYear: 2022, value: 39 }, { fromYear: 2023, value: 42 }, { fromYear: 2025, value: 48 }], DBSH: [{ fromYear: 2022, value: 54 }], ALL: [{ fromYear: 2021, value: 30 }] },
  });

  it('takes the national year step in force: 2022 → 39, 2023 and 2024 → 42, 2025 → 48', () => {
    expect([2022, 2023, 2024, 2025].map((year) => appliedThreshold(income, 'TDMNPB', year, [])?.value)).toEqual([39, 42, 42, 48]);
  });

  it('has no threshold before the first step of the column', () => {
    expect(appliedThreshold(income, 'TDMNPB', 2021, [])).toBeNull();
  });

  it('falls back to the ALL column when the indicator has none for the unit', () => {
    expect(appliedThreshold(income, 'TN', 2021, [])).toMatchObject({ value: 30, column: 'ALL', origin: 'national' });
  });

  it("applies the province's value from its fromYear on only, then beats the national one", () => {
    const overrides = [{ indicatorId: '10.1', column: 'TDMNPB', fromYear: 2024, value: 44 }] as const;
    expect(appliedThreshold(income, 'TDMNPB', 2023, [...overrides])).toMatchObject({ value: 42, origin: 'national', fromYear: 2023 });
    expect(appliedThreshold(income, 'TDMNPB', 2024, [...overrides])).toMatchObject({ value: 44, origin: 'provincial', fromYear: 2024, status: 'to_confirm' });
    expect(appliedThreshold(income, 'TDMNPB', 2025, [...overrides])).toMatchObject({ value: 44, origin: 'provincial' });
  });

  it("ignores the province's values for other indicators or columns", () => {
    const overrides = [{ indicatorId: '11.1', column: 'TDMNPB', fromYear: 2022, value: 1 } as const, { indicatorId: '10.1', column: 'DBSH', fromYear: 2022, value: 1 } as const];
    expect(appliedThreshold(income, 'TDMNPB', 2022, overrides)).toMatchObject({ value: 39, origin: 'national' });
  });
});

describe('criterionState', () => {
  it('lets one indicator not met outweigh missing data, and missing data outweigh met', () => {
    expect(criterionState(['met', 'no_data', 'not_met'])).toBe('not_met');
    expect(criterionState(['met', 'no_data'])).toBe('no_data');
    expect(criterionState(['met', 'met'])).toBe('met');
  });
});

describe('evaluateUnitCriteria', () => {
  const income = buildIndicator({ id: '10.1', thresholds: { TDMNPB: [{ fromYear: 2022, value: 45 }], DBSH: [{ fromYear: 2022, value: 62 }] } });
  const set = buildSet({ criteria: criteriaOf([income]) });

  it('judges a particularly difficult Red River Delta commune on the TDMNPB threshold', () => {
    const inputs = { '10.1': given(50) };
    expect(evaluateUnitCriteria(set, profile({ particularlyDifficult: true }), 2024, inputs, []).criteria[0]!.indicators[0]).toMatchObject({ state: 'met', threshold: { value: 45, column: 'TDMNPB' } });
    expect(evaluateUnitCriteria(set, profile(), 2024, inputs, []).criteria[0]!.indicators[0]).toMatchObject({ state: 'not_met', threshold: { value: 62, column: 'DBSH' } });
  });

  it('says why an indicator has no data: no value, no threshold, no region', () => {
    const open = buildSet({ criteria: criteriaOf([income], [buildIndicator({ id: '2.2' })], [buildIndicator({ id: '1.1', comparison: 'yes_no', unit: '' })]) });
    const inputs = { '2.2': given(80), '1.1': given(true) };
    const [noValue, noThreshold] = evaluateUnitCriteria(open, profile(), 2024, inputs, []).criteria.map((criterion) => criterion.indicators[0]!);
    expect(noValue).toMatchObject({ state: 'no_data', noData: 'no_value', threshold: { value: 62 } });
    expect(noThreshold).toMatchObject({ state: 'no_data', noData: 'no_threshold', threshold: null, source: MANUAL });
    const noRegion = evaluateUnitCriteria(open, profile({ ntmRegion: null }), 2024, { ...inputs, '10.1': given(70) }, []);
    expect(noRegion.column).toBeNull();
    expect(noRegion.criteria.map((criterion) => criterion.indicators[0]!.noData ?? criterion.state)).toEqual(['no_column', 'no_column', 'met']);
  });

  it('keeps a missing input as no value with no source', () => {
    const result = evaluateUnitCriteria(set, profile(), 2024, {}, []).criteria[0]!.indicators[0]!;
    expect(result).toMatchObject({ value: null, state: 'no_data', noData: 'no_value', source: { kind: 'none' } });
  });

  it('scores 17 of 19 criteria met as 8947 hundredths (89.47 %), half up', () => {
    const yesNo = (n: number) => [buildIndicator({ id: `${n}.1`, comparison: 'yes_no', unit: '' })];
    const nineteen = buildSet({ criteria: criteriaOf(...Array.from({ length: 19 }, (_, i) => yesNo(i + 1))) });
    const inputs = Object.fromEntries(Array.from({ length: 19 }, (_, i) => [`${i + 1}.1`, given(i < 17)]));
    expect(evaluateUnitCriteria(nineteen, profile(), 2024, inputs, [])).toMatchObject({ met: 17, notMet: 2, noData: 0, total: 19, score: 8947, allMet: false });
  });

  it('scores 0 of 10 criteria, all without data, as 0', () => {
    const ten = buildSet({ criteria: criteriaOf(...Array.from({ length: 10 }, (_, i) => [buildIndicator({ id: `${i + 1}.1` })])) });
    expect(evaluateUnitCriteria(ten, profile(), 2024, {}, [])).toMatchObject({ met: 0, notMet: 0, noData: 10, total: 10, score: 0, allMet: false });
  });

  it('is all met when every criterion is', () => {
    expect(evaluateUnitCriteria(set, profile(), 2024, { '10.1': given(62) }, [])).toMatchObject({ met: 1, total: 1, score: 10_000, allMet: true, setId: 'TEST_SET', setVersion: 1, year: 2024 });
  });
});
