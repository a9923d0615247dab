import { classifyHousehold } from './classify-household';
import type { HouseholdFacts } from './facts';
import { DEFAULT_PROXY_SCORING_TABLE } from './income/default-proxy-table';
import { ND07_2022_2025 } from './standards/nd07';
import { ND351_2027_2030 } from './standards/nd351';
import { QD59_2016_2020 } from './standards/qd59';
import { buildChild, buildHousehold, buildMember, measuredIncome } from './testing/build-facts';

// Three members (two adults of 40, a child of 10), deprived in water, latrine and internet unless
// overridden. Rural ND07 line for 3: 1,500,000 × 3 × 12 = 54,000,000 đồng a year; average band
// upper bound: 2,250,000 × 3 × 12 = 81,000,000.
const THREE_DEPRIVATIONS: Partial<HouseholdFacts> = { waterSource: 'surface', latrine: 'simple_pit', internetUse: false };
const household = (totalYearly: number, overrides: Partial<HouseholdFacts> = THREE_DEPRIVATIONS) =>
  buildHousehold({ members: [buildMember(), buildMember({ sex: 'female' }), buildChild('2015-05-01')], income: measuredIncome(totalYearly), ...overrides });
const classOf = (facts: HouseholdFacts, standard = ND07_2022_2025) => classifyHousehold(facts, standard).povertyClass;
const TWO_DEPRIVATIONS: Partial<HouseholdFacts> = { waterSource: 'surface', latrine: 'simple_pit' };

describe('classifyHousehold under Decree 07/2021', () => {
  it('classifies a household with three deprivations and income exactly at the line as poor', () => {
    const result = classifyHousehold(household(54_000_000), ND07_2022_2025);
    expect(result).toMatchObject({
      standardId: 'ND07_2022_2025',
      area: 'rural',
      povertyClass: 'poor',
      deprived: ['water', 'latrine', 'telecom'],
      unknown: [],
      deprivationCount: 3,
      members: 3,
      income: { method: 'measured', members: 3, totalYearly: 54_000_000, perPersonMonthly: 1_500_000 },
    });
    expect(result.trace.map((line) => line.text)).toContain('Thu nhập 12 tháng 54.000.000 đồng ≤ chuẩn nghèo 1.500.000 × 3 người × 12 tháng = 54.000.000 đồng.');
    expect(result.trace.at(-1)).toMatchObject({ rule: 'class', outcome: 'poor', text: 'Kết quả: Hộ nghèo.' });
  });

  it('classifies two deprivations at the line as near-poor', () => {
    expect(classOf(household(54_000_000, TWO_DEPRIVATIONS))).toBe('near_poor');
    expect(classOf(household(0, {}))).toBe('near_poor');
  });

  it('never makes a household one đồng above the line poor, whatever its deprivations', () => {
    // 54,000,001 > 54,000,000 and ≤ 81,000,000: the average band.
    expect(classOf(household(54_000_001))).toBe('average');
    expect(classOf(household(54_000_001, { ...THREE_DEPRIVATIONS, housing: { wall: 'other', frame: 'other', roof: 'other', floorArea: 10 } }))).toBe('average');
    expect(classOf(household(54_000_001, { ...THREE_DEPRIVATIONS, farmLivelihood: false }))).toBe('not_poor');
  });

  it('ends the average band at its upper bound', () => {
    expect(classOf(household(81_000_000))).toBe('average');
    expect(classOf(household(81_000_001))).toBe('not_poor');
  });

  it('uses the urban lines in a phường', () => {
    // 60,000,000 for 3: over the rural line (54,000,000), under the urban one (2,000,000 × 36 = 72,000,000).
    expect(classOf(household(60_000_000))).toBe('average');
    expect(classOf(household(60_000_000, { ...THREE_DEPRIVATIONS, area: 'urban' }))).toBe('poor');
    expect(classOf(household(72_000_001, { ...THREE_DEPRIVATIONS, area: 'urban' }))).toBe('average');
  });

  it('subtracts production costs before comparing', () => {
    // 60,000,000 revenue − 6,000,001 costs = 53,999,999 ≤ 54,000,000.
    expect(classOf(household(0, { ...THREE_DEPRIVATIONS, income: measuredIncome(53_999_999, 6_000_001) }))).toBe('poor');
  });
});

describe('classifyHousehold under other standards', () => {
  it('uses the 2,200,000 rural line of Decree 351/2025', () => {
    // 2,200,000 × 3 × 12 = 79,200,000.
    expect(classOf(household(79_200_000), ND351_2027_2030)).toBe('poor');
    expect(classOf(household(79_200_001), ND351_2027_2030)).toBe('average');
  });

  it('applies the two tiers of Decision 59/2015', () => {
    const qd59 = (total: number, overrides: Partial<HouseholdFacts> = {}) => classOf(household(total, { untreatedIllness: false, hearsLoudspeaker: true, ...overrides }), QD59_2016_2020);
    // Deprived in water, latrine and telecom (no phone, no internet) where marked. Rural, 3 members: 700,000 × 36 = 25,200,000; 1,000,000 × 36 = 36,000,000; 1,500,000 × 36 = 54,000,000.
    expect(qd59(25_200_000)).toBe('poor');
    expect(qd59(25_200_001)).toBe('near_poor');
    expect(qd59(25_200_001, { waterSource: 'surface', latrine: 'simple_pit', internetUse: false, informationDevices: [] })).toBe('poor');
    expect(qd59(36_000_001, { waterSource: 'surface', latrine: 'simple_pit', internetUse: false, informationDevices: [] })).toBe('average');
    // Urban: 900,000 × 36 = 32,400,000.
    expect(qd59(32_400_000, { area: 'urban' })).toBe('poor');
    expect(qd59(32_400_001, { area: 'urban' })).toBe('near_poor');
  });
});

describe('classifyHousehold with missing facts', () => {
  it('is incomplete, listing the unknown indicator, rather than counting it as not deprived', () => {
    const result = classifyHousehold(household(54_000_000, { ...TWO_DEPRIVATIONS, internetUse: null }), ND07_2022_2025);
    expect(result).toMatchObject({ povertyClass: 'incomplete', deprived: ['water', 'latrine'], unknown: ['telecom'], deprivationCount: 2 });
    expect(result.trace.map((line) => line.text)).toContain('Chỉ số 11 – Sử dụng dịch vụ viễn thông: chưa đủ thông tin.');
  });

  it('is incomplete without income, screening, or (in the average band) the livelihood', () => {
    expect(classOf(household(54_000_000, { ...THREE_DEPRIVATIONS, income: null }))).toBe('incomplete');
    expect(classOf(household(54_000_000, { ...THREE_DEPRIVATIONS, income: { ...measuredIncome(1), productionCosts: null } }))).toBe('incomplete');
    expect(classOf(household(54_000_000, { ...THREE_DEPRIVATIONS, screeningSigns: null }))).toBe('incomplete');
    expect(classOf(household(54_000_001, { ...THREE_DEPRIVATIONS, farmLivelihood: null }))).toBe('incomplete');
    // The livelihood is not needed under the line.
    expect(classOf(household(54_000_000, { ...THREE_DEPRIVATIONS, farmLivelihood: null }))).toBe('poor');
    expect(classOf(buildHousehold({ members: [] }))).toBe('incomplete');
  });
});

describe('classifyHousehold, screening and proxy', () => {
  it('stops at a clear non-poor sign of Phiếu A', () => {
    const result = classifyHousehold(household(0, { screeningSigns: ['car'] }), ND07_2022_2025);
    expect(result).toMatchObject({ povertyClass: 'screened_out', deprived: [], unknown: [], deprivationCount: 0, income: null });
    expect(result.trace.map((line) => line.rule)).toEqual(['standard', 'screening', 'class']);
  });

  it('compares the B1 score with the table’s thresholds', () => {
    // No deprivations; default table score 80 with one head of cattle (see proxy-score.spec), 85 with two.
    const proxy = (cattle: number) => household(0, { income: { method: 'proxy', assets: ['motorbike'], cattle } });
    expect(classifyHousehold(proxy(1), ND07_2022_2025)).toMatchObject({
      povertyClass: 'near_poor',
      income: { method: 'proxy', score: 80, tableId: DEFAULT_PROXY_SCORING_TABLE.id, tableVersion: null, totalYearly: null, perPersonMonthly: null },
    });
    expect(classOf(proxy(2))).toBe('average');
    const edited = { ...DEFAULT_PROXY_SCORING_TABLE, thresholds: { ...DEFAULT_PROXY_SCORING_TABLE.thresholds, rural: { incomeOnlyPoor: null, line: 85, averageUpper: 100 } } };
    expect(classifyHousehold(proxy(2), ND07_2022_2025, { proxyTable: edited }).povertyClass).toBe('near_poor');
    expect(classOf(household(0, { income: { method: 'proxy', assets: null, cattle: 1 } }))).toBe('incomplete');
    // The default table is not one of Decision 59/2015.
    expect(classOf(proxy(1), QD59_2016_2020)).toBe('incomplete');
  });
});

describe('classifyHousehold, facts for the NTM criteria', () => {
  it('summarises the household facts and passes on the social protection flags', () => {
    const result = classifyHousehold(
      household(54_000_000, { ...THREE_DEPRIVATIONS, socialProtection: { beneficiary: true, impoverishedByShock: null } }),
      ND07_2022_2025,
    );
    expect(result.householdFacts).toEqual({
      durableHousing: true,
      cleanWater: false,
      hygienicLatrine: false,
      allInsured: true,
      internetUse: false,
      informationAccess: true,
      workersWithContract: true,
      farmLivelihood: true,
    });
    expect(result.socialProtection).toEqual({ beneficiary: true, impoverishedByShock: null });
  });
});
