import { HOUSEHOLD_FACTS, type PovertyIndicatorCounts } from '../poverty-indicators/indicator-counts';
import { buildCounts, noExclusions } from '../poverty-indicators/testing/build-counts';
import { type FeedSources, feedValue } from './criteria-feeds';

const NO_EXCLUSION = { excludeSocialProtection: false, excludeImpoverishedByShock: false };
const sources = (overrides: Partial<FeedSources> = {}): FeedSources => ({ counts: null, exclusionRule: NO_EXCLUSION, poll: null, ...overrides });

describe('feedValue from a household review row', () => {
  // 20 households: 3 poor (one of them on social protection), 1 near-poor, 16 not poor.
  const counts = buildCounts({
    households: 20,
    classes: { poor: 3, near_poor: 1, not_poor: 16 },
    excluded: { poor: { socialProtection: 1, impoverishedByShock: 0, both: 0 }, nearPoor: noExclusions() },
    income: { households: 10, members: 40, yearlySum: '1234560000' },
  });
  // yes / known, in the order of HOUSEHOLD_FACTS.
  const FACTS = [[15, 20], [17, 18], [2, 3], [20, 20], [0, 0]] as const;
  const withFacts = buildCounts({ facts: Object.fromEntries(HOUSEHOLD_FACTS.map((fact, i) => [fact, { yes: FACTS[i]![0], known: FACTS[i]![1] }])) as PovertyIndicatorCounts['facts'] });

  it('gives the multidimensional poverty rate: (3 poor + 1 near-poor) / 20 households = 20.00 %', () => {
    expect(feedValue('poverty.multidimensionalRate', sources({ counts }))).toBe(20);
  });

  it("leaves the households the province's rule excludes out of the numerator only: 3 / 20 = 15.00 %", () => {
    expect(feedValue('poverty.multidimensionalRate', sources({ counts, exclusionRule: { excludeSocialProtection: true, excludeImpoverishedByShock: false } }))).toBe(15);
  });

  it('gives the poor rate: 3 / 20 = 15.00 %', () => {
    expect(feedValue('poverty.poorRate', sources({ counts }))).toBe(15);
  });

  it('gives income per head in million đồng a year: 1,234,560,000 / 40 members = 30.8640 → 30.86', () => {
    expect(feedValue('income.perHead', sources({ counts }))).toBe(30.86);
  });

  it('gives household facts as yes / known: 15/20 = 75, 17/18 = 94.44, 2/3 = 66.67, 20/20 = 100, 0/0 → null', () => {
    const facts = (['facts.durableHousing', 'facts.cleanWater', 'facts.hygienicLatrine', 'facts.allInsured', 'facts.internetUse'] as const).map((feed) => feedValue(feed, sources({ counts: withFacts })));
    expect(facts).toEqual([75, 94.44, 66.67, 100, null]);
  });

  it('has no value without a finalised row, or without members for income', () => {
    expect(feedValue('poverty.multidimensionalRate', sources())).toBeNull();
    expect(feedValue('income.perHead', sources({ counts: buildCounts({ households: 5 }) }))).toBeNull();
  });
});

describe('feedValue from a satisfaction poll result', () => {
  it('is passed only with the verdict passed', () => {
    expect(feedValue('poll.passed', sources({ poll: { verdict: 'passed', average: null } }))).toBe(true);
    expect(feedValue('poll.passed', sources({ poll: { verdict: 'failed', average: 9000 } }))).toBe(false);
    expect(feedValue('poll.passed', sources({ poll: { verdict: 'invalid', average: null } }))).toBe(false);
    expect(feedValue('poll.passed', sources())).toBeNull();
  });

  it('gives the satisfaction rate from the average in hundredths: 9861 → 98.61 %', () => {
    expect(feedValue('poll.satisfactionRate', sources({ poll: { verdict: 'passed', average: 9861 } }))).toBe(98.61);
    expect(feedValue('poll.satisfactionRate', sources({ poll: { verdict: 'passed', average: null } }))).toBeNull();
  });
});
