import { NTM_REGIONS } from '../units/ntm-region';
import { adoptCriteriaSet, CRITERIA_SET_TEMPLATES, indicatorsOfSet, NATIONAL_CRITERIA_SETS, nationalCriteriaSet, QD318_ADVANCED, QD318_NTM, QD319_MODEL, QD51_NTM, setsCoveringYear, VILLAGE_MODEL_TEMPLATE, VILLAGE_NTM_TEMPLATE } from './criteria-registry';
import { CRITERIA_FEEDS, type CriteriaIndicator, type CriteriaSet } from './criteria-set';
import { criteriaSetProblems } from './criteria-set-problems';

const ALL_SETS = [...NATIONAL_CRITERIA_SETS, ...CRITERIA_SET_TEMPLATES];
const indicator = (set: CriteriaSet, id: string): CriteriaIndicator => indicatorsOfSet(set).find((candidate) => candidate.id === id)!;
const stepsOf = (set: CriteriaSet, id: string, column: 'TDMNPB' | 'DBSH') => indicator(set, id).thresholds[column]!.map((step) => [step.fromYear, step.value]);

describe('criteria sets shipped as data', () => {
  it('has the 19 criteria of QĐ 318 Annex I, numbered 1–19, criterion 17 with indicators 17.1–17.10', () => {
    expect(QD318_NTM.criteria.map((criterion) => criterion.number)).toEqual(Array.from({ length: 19 }, (_, i) => i + 1));
    expect(QD318_NTM.criteria[16]!.indicators.map((item) => item.id)).toEqual(Array.from({ length: 10 }, (_, i) => `17.${i + 1}`));
    expect(QD318_NTM.criteria[10]!.name).toBe('Nghèo đa chiều');
  });

  it('has the 19 criteria of the advanced set (Annex II), keyed by its own numbers', () => {
    expect(QD318_ADVANCED.criteria).toHaveLength(19);
    expect(QD318_ADVANCED.criteria[4]!.name).toBe('Giáo dục');
    expect(QD318_ADVANCED.tier).toBe('advanced');
  });

  it('has the 10 criteria and exactly 47 indicators of QĐ 51/2025, by commune group', () => {
    expect(QD51_NTM.criteria).toHaveLength(10);
    expect(indicatorsOfSet(QD51_NTM)).toHaveLength(47);
    expect([QD51_NTM.scheme, QD51_NTM.fromYear, QD51_NTM.toYear]).toEqual(['group', 2026, 2030]);
  });

  it('has a 14-criteria village template with a single column', () => {
    expect(VILLAGE_NTM_TEMPLATE.criteria).toHaveLength(14);
    expect([VILLAGE_NTM_TEMPLATE.unitLevel, VILLAGE_NTM_TEMPLATE.scheme, VILLAGE_NTM_TEMPLATE.provinceCode]).toEqual(['village', 'single', null]);
  });

  it('has a 12-criteria model village template (thôn kiểu mẫu), every threshold to confirm', () => {
    expect(VILLAGE_MODEL_TEMPLATE.criteria).toHaveLength(12);
    expect(VILLAGE_MODEL_TEMPLATE.criteria.map((criterion) => criterion.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect([VILLAGE_MODEL_TEMPLATE.unitLevel, VILLAGE_MODEL_TEMPLATE.tier, VILLAGE_MODEL_TEMPLATE.scheme, VILLAGE_MODEL_TEMPLATE.status]).toEqual(['village', 'model', 'single', 'to_confirm']);
    expect(indicatorsOfSet(VILLAGE_MODEL_TEMPLATE).every((indicator) => indicator.status === 'to_confirm' && Object.keys(indicator.thresholds).length === 0)).toBe(true);
  });

  it.each(ALL_SETS.map((set) => [set.id, set] as const))('%s passes criteriaSetProblems, also after a JSON round trip', (_, set) => {
    expect(criteriaSetProblems(set)).toEqual([]);
    expect(criteriaSetProblems(JSON.parse(JSON.stringify(set)))).toEqual([]);
  });

  it('uses unique set ids, unique indicator ids per set and only known feeds', () => {
    expect(new Set(ALL_SETS.map((set) => set.id)).size).toBe(ALL_SETS.length);
    for (const set of ALL_SETS) {
      const indicators = indicatorsOfSet(set);
      expect(new Set(indicators.map((item) => item.id)).size).toBe(indicators.length);
      for (const item of indicators) if (item.source.kind === 'feed') expect(CRITERIA_FEEDS).toContain(item.source.feed);
    }
  });

  it('feeds income (≥) and the multidimensional poverty rate (≤) into criteria 10 and 11, "to confirm"', () => {
    expect(indicator(QD318_NTM, '10.1')).toMatchObject({ comparison: 'gte', unit: 'triệu đồng/người/năm', source: { kind: 'feed', feed: 'income.perHead' }, status: 'to_confirm' });
    expect(indicator(QD318_NTM, '11.1')).toMatchObject({ comparison: 'lte', unit: '%', source: { kind: 'feed', feed: 'poverty.multidimensionalRate' }, status: 'to_confirm' });
    expect(Object.keys(indicator(QD318_NTM, '10.1').thresholds).sort()).toEqual([...NTM_REGIONS].sort());
  });

  it('steps the placeholder NTM income up every year 2022–2025 in every region', () => {
    for (const column of NTM_REGIONS) {
      const values = indicator(QD318_NTM, '10.1').thresholds[column]!.map((step) => step.value as number);
      expect(values).toHaveLength(4);
      expect(values.every((value, i) => i === 0 || value > values[i - 1]!)).toBe(true);
    }
    expect(stepsOf(QD318_NTM, '10.1', 'TDMNPB')).toEqual([[2022, 39], [2023, 42], [2024, 45], [2025, 48]]);
  });

  it('sets the model income at 110 % of the advanced one (QĐ 319): TDMNPB 2022 39 → 42.9 → 47.19', () => {
    expect(stepsOf(QD318_ADVANCED, '10.1', 'TDMNPB')[0]).toEqual([2022, 42.9]);
    expect(stepsOf(QD319_MODEL, '1.1', 'TDMNPB')[0]).toEqual([2022, 47.19]);
    expect(stepsOf(QD319_MODEL, '1.1', 'DBSH')[3]).toEqual([2025, 81.07]);
  });

  it('ships no threshold for a numeric indicator it does not know, marked to confirm', () => {
    expect(indicator(QD318_NTM, '2.2')).toMatchObject({ thresholds: {}, status: 'to_confirm', source: { kind: 'manual' } });
    expect(indicatorsOfSet(QD51_NTM).every((item) => item.status === 'to_confirm' && Object.keys(item.thresholds).length === 0)).toBe(true);
  });
});

describe('registry', () => {
  it('finds a national set by id', () => {
    expect(nationalCriteriaSet('QD51_NTM')).toBe(QD51_NTM);
    expect(nationalCriteriaSet('VILLAGE_NTM_TEMPLATE')).toBeNull();
  });

  it('lists the sets covering a year for a level of unit', () => {
    expect(setsCoveringYear(NATIONAL_CRITERIA_SETS, 2025, 'commune').map((set) => set.id)).toEqual(['QD318_NTM', 'QD318_ADVANCED', 'QD319_MODEL']);
    expect(setsCoveringYear(NATIONAL_CRITERIA_SETS, 2026, 'commune').map((set) => set.id)).toEqual(['QD51_NTM']);
    expect(setsCoveringYear(ALL_SETS, 2026, 'village').map((set) => set.id)).toEqual(['VILLAGE_NTM_TEMPLATE', 'VILLAGE_MODEL_TEMPLATE']);
  });

  it("adopts the village template as a province's own set", () => {
    const adopted = adoptCriteriaSet(VILLAGE_NTM_TEMPLATE, '15');
    expect([adopted.id, adopted.provinceCode]).toEqual(['P15_VILLAGE_NTM', '15']);
    expect(criteriaSetProblems(adopted)).toEqual([]);
    const model = adoptCriteriaSet(VILLAGE_MODEL_TEMPLATE, '15');
    expect([model.id, model.provinceCode, model.tier]).toEqual(['P15_VILLAGE_MODEL', '15', 'model']);
    expect(criteriaSetProblems(model)).toEqual([]);
  });
});
