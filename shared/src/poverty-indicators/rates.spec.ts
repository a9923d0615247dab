import { DEFAULT_REVIEW_SETTINGS, exclusionRuleOf } from '../poverty-review/review-settings';
import { type ExclusionCounts, exclusionRuleLabelVi } from './indicator-counts';
import { buildCounts } from './testing/build-counts';

const NO_EXCLUSION = exclusionRuleOf(DEFAULT_REVIEW_SETTINGS);
import { deprivationRates, excludedBy, incomePerHead, indicatorIdsOf, percent, povertyIndicatorRates, roundedRatio } from './rates';

describe('percent (two decimals, rounded half up, from integer counts)', () => {
  it.each([
    [1, 3, 33.33],
    [2, 3, 66.67],
    [1, 8, 12.5],
    [0, 5, 0],
    [5, 5, 100],
    // 1/20000 = 0.005 % exactly: half up gives 0.01; one household more in the denominator gives 0.
    [1, 20000, 0.01],
    [1, 20001, 0],
    // National 2023 figures (poverty-standard.md, "Rates"): 2.93 % + 2.78 % = 5.71 %.
    [293, 10000, 2.93],
    [571, 10000, 5.71],
  ])('%i / %i is %d %%', (part, whole, expected) => {
    expect(percent(part, whole)).toBe(expected);
  });

  it('is null when there is no household to divide by', () => {
    expect(percent(0, 0)).toBeNull();
  });

  it('stays exact beyond 2^53 (a province-wide sum of đồng)', () => {
    // 9,007,199,254,740,993 / 2 = 4,503,599,627,370,496.5 → half up → …497 (a double would lose the last unit).
    expect(roundedRatio(9_007_199_254_740_993n, 2n, 0)).toBe(4_503_599_627_370_497);
  });
});

describe('excludedBy (NTM exclusion rule)', () => {
  // 3 on social protection, 2 impoverished by a shock, 1 of them both: 3 + 2 − 1 = 4 distinct households.
  const counts: ExclusionCounts = { socialProtection: 3, impoverishedByShock: 2, both: 1 };

  it.each([
    [false, false, 0],
    [true, false, 3],
    [false, true, 2],
    [true, true, 4],
  ])('social protection %s, shock %s: excludes %i', (excludeSocialProtection, excludeImpoverishedByShock, expected) => {
    expect(excludedBy(counts, { excludeSocialProtection, excludeImpoverishedByShock })).toBe(expected);
  });
});

describe('incomePerHead (Σ income / Σ members, million đồng)', () => {
  it('gives 1.50 a month for 18,000,000 đồng a year for one person (the ND07 rural line)', () => {
    expect(incomePerHead({ households: 1, members: 1, yearlySum: '18000000' })).toEqual({ perMonth: 1.5, perYear: 18 });
  });

  it('divides the sum by all members, not by households: 87,000,000 đồng for 12 people', () => {
    // 87e6 / 12 = 7,250,000 a year = 7.25 million; / 12 months = 604,166.67 đồng = 0.60 million.
    expect(incomePerHead({ households: 3, members: 12, yearlySum: '87000000' })).toEqual({ perMonth: 0.6, perYear: 7.25 });
  });

  it('is null when no household has a known income', () => {
    expect(incomePerHead({ households: 0, members: 0, yearlySum: '0' })).toBeNull();
  });
});

describe('deprivationRates', () => {
  it('divides by the assessed households whose answer is known, leaving screened-out households out', () => {
    const counts = buildCounts({
      classes: { poor: 1, near_poor: 1, not_poor: 1, screened_out: 1 },
      deprived: { employment: 2, insurance: 1, water: 1 },
      unknownIndicators: { water: 1, internet: 3 },
    });
    // 4 reviewed − 1 screened out = 3 assessed; water is unknown for one of them: 1 / 2.
    expect(deprivationRates(counts)).toEqual({ employment: 66.67, insurance: 33.33, internet: null, water: 50 });
  });
});

describe('povertyIndicatorRates', () => {
  // A village of 10 households; 3 reviewed: 1 poor (on social protection), 1 near-poor (hit by a
  // disaster), 1 not poor.
  const village = buildCounts({
    households: 10,
    classes: { poor: 1, near_poor: 1, not_poor: 1 },
    excluded: { poor: { socialProtection: 1, impoverishedByShock: 0, both: 0 }, nearPoor: { socialProtection: 0, impoverishedByShock: 1, both: 0 } },
    income: { households: 3, members: 12, yearlySum: '87000000' },
    facts: {
      durableHousing: { yes: 2, known: 3 },
      cleanWater: { yes: 2, known: 2 },
      hygienicLatrine: { yes: 1, known: 3 },
      allInsured: { yes: 3, known: 3 },
      internetUse: { yes: 0, known: 0 },
    },
  });

  it('gives the rates over all households of the registry, not over the reviewed ones', () => {
    const rates = povertyIndicatorRates(village, NO_EXCLUSION);
    expect(rates).toMatchObject({ poor: 10, nearPoor: 10, average: 0, multidimensional: 20, ntm: { excluded: 0, multidimensional: 20 } });
    expect(rates.incomePerHead).toEqual({ perMonth: 0.6, perYear: 7.25 });
    expect(rates.facts).toEqual({ durableHousing: 66.67, cleanWater: 100, hygienicLatrine: 33.33, allInsured: 100, internetUse: null });
  });

  it.each([
    [{ excludeSocialProtection: true, excludeImpoverishedByShock: false }, 1, 10],
    [{ excludeSocialProtection: false, excludeImpoverishedByShock: true }, 1, 10],
    [{ excludeSocialProtection: true, excludeImpoverishedByShock: true }, 2, 0],
  ])('applies the NTM exclusion %j to the numerator only: %i excluded, %d %%', (rule, excluded, rate) => {
    expect(povertyIndicatorRates(village, rule).ntm).toEqual({ excluded, multidimensional: rate });
    expect(povertyIndicatorRates(village, rule).multidimensional).toBe(20);
  });

  it('has no rate for a unit without households in the registry', () => {
    const rates = povertyIndicatorRates(buildCounts(), NO_EXCLUSION);
    expect(rates).toMatchObject({ poor: null, multidimensional: null, ntm: { excluded: 0, multidimensional: null }, incomePerHead: null, deprivation: {} });
  });
});

describe('exclusionRuleLabelVi', () => {
  it.each([
    [false, false, 'Không loại trừ hộ nào'],
    [true, false, 'Không tính hộ thuộc diện bảo trợ xã hội'],
    [true, true, 'Không tính hộ thuộc diện bảo trợ xã hội và hộ nghèo, cận nghèo do tai nạn, ốm đau, thiên tai'],
  ])('states social protection %s, shock %s as "%s"', (excludeSocialProtection, excludeImpoverishedByShock, label) => {
    expect(exclusionRuleLabelVi({ excludeSocialProtection, excludeImpoverishedByShock })).toBe(label);
  });
});

describe('deprivationRates over a given list of indicators', () => {
  it('gives 0 % for an indicator nobody is deprived in, so every unit of a report has the same columns', () => {
    const counts = buildCounts({ classes: { not_poor: 4 }, deprived: { water: 1 } });
    expect(deprivationRates(counts, ['insurance', 'water'])).toEqual({ insurance: 0, water: 25 });
  });
});

describe('indicatorIdsOf', () => {
  it('lists the indicators a row counts in the decree’s order, ids no standard knows last', () => {
    const counts = { deprived: { telecom: 1, water: 2, zz_local: 1 }, unknownIndicators: { employment: 1, aa_local: 1 } };
    expect(indicatorIdsOf(counts)).toEqual(['employment', 'water', 'telecom', 'aa_local', 'zz_local']);
  });
});
