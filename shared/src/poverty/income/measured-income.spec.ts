import type { MeasuredIncomeFacts } from '../facts';
import { netYearlyIncome, perPersonMonthly, withinMonthlyLine } from './measured-income';

const income = (overrides: Partial<MeasuredIncomeFacts['sources']> = {}, productionCosts: number | null = 0): MeasuredIncomeFacts => ({
  method: 'measured',
  sources: { wages: 0, crops: 0, livestock: 0, forestry: 0, fishery: 0, business: 0, other: 0, ...overrides },
  productionCosts,
});

describe('netYearlyIncome', () => {
  it('adds every source and takes off production costs', () => {
    // 24,000,000 + 18,500,000 + 6,000,000 + 1,200,000 + 300,000 + 2,000,000 + 500,000 - 9,000,000 = 43,500,000
    const sources = { wages: 24_000_000, crops: 18_500_000, livestock: 6_000_000, forestry: 1_200_000, fishery: 300_000, business: 2_000_000, other: 500_000 };
    expect(netYearlyIncome(income(sources, 9_000_000))).toBe(43_500_000);
  });

  it('may be negative when costs exceed revenue', () => {
    expect(netYearlyIncome(income({ crops: 5_000_000 }, 7_000_000))).toBe(-2_000_000);
  });

  it('is unknown when an amount is missing, negative or not whole đồng', () => {
    expect(netYearlyIncome(income({ crops: null }))).toBeNull();
    expect(netYearlyIncome(income({}, null))).toBeNull();
    expect(netYearlyIncome(income({ wages: -1 }))).toBeNull();
    expect(netYearlyIncome(income({ wages: 1_000_000.5 }))).toBeNull();
  });
});

describe('withinMonthlyLine', () => {
  it('holds exactly at the line and fails one đồng above', () => {
    // 1,500,000 × 3 members × 12 months = 54,000,000.
    expect(withinMonthlyLine(54_000_000, 3, 1_500_000)).toBe(true);
    expect(withinMonthlyLine(54_000_001, 3, 1_500_000)).toBe(false);
    // 7 members: 1,500,000 × 7 × 12 = 126,000,000, where dividing first would give 1,500,000.0119… for one đồng more.
    expect(withinMonthlyLine(126_000_000, 7, 1_500_000)).toBe(true);
    expect(withinMonthlyLine(126_000_001, 7, 1_500_000)).toBe(false);
  });
});

describe('perPersonMonthly', () => {
  it('rounds to the đồng for display', () => {
    // 54,000,001 / 36 = 1,500,000.03 → 1,500,000; 50,000,000 / 36 = 1,388,888.9 → 1,388,889.
    expect(perPersonMonthly(54_000_001, 3)).toBe(1_500_000);
    expect(perPersonMonthly(50_000_000, 3)).toBe(1_388_889);
  });
});
