import type { CriteriaIndicator, CriteriaSet, Criterion } from '../criteria-set';

/** A numeric, manual, "to confirm" indicator without thresholds unless told. */
export function buildIndicator(overrides: Partial<CriteriaIndicator> = {}): CriteriaIndicator {
  return { id: '1.1', name: 'Chỉ tiêu thử', unit: '%', comparison: 'gte', thresholds: {}, source: { kind: 'manual' }, legalBasis: 'Thử nghiệm', status: 'to_confirm', ...overrides };
}

/** A criterion per list of indicators, numbered from 1. */
export function criteriaOf(...indicatorLists: CriteriaIndicator[][]): Criterion[] {
  return indicatorLists.map((indicators, index) => ({ number: index + 1, name: `Tiêu chí ${index + 1}`, indicators }));
}

/** A region-scheme commune set 2021–2025 with one criterion holding one indicator, unless told. */
export function buildSet(overrides: Partial<CriteriaSet> = {}): CriteriaSet {
  return {
    id: 'TEST_SET',
    version: 1,
    name: 'Bộ tiêu chí thử',
    unitLevel: 'commune',
    tier: 'ntm',
    fromYear: 2021,
    toYear: 2025,
    scheme: 'region',
    legalBasis: 'Thử nghiệm',
    status: 'to_confirm',
    provinceCode: null,
    criteria: criteriaOf([buildIndicator()]),
    ...overrides,
  };
}
