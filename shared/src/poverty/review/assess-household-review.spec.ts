import { SAMPLE_REVIEW_MEMBERS, sampleHouseholdReviewAnswers } from '../../forms/household-review-sample';
import { DEFAULT_PROXY_SCORING_TABLE } from '../income/default-proxy-table';
import { assessHouseholdReview } from './assess-household-review';

const context = { reviewYear: 2025, area: 'rural', referenceDate: '2025-11-15' } as const;

describe('assessHouseholdReview', () => {
  it('classifies the sample household as poor with three deprivations under Decree 07/2021', () => {
    const result = assessHouseholdReview(sampleHouseholdReviewAnswers(), context);
    // 32,000,000 ≤ 1,500,000 × 3 × 12 = 54,000,000; 32,000,000 / 36 = 888,888.9 → 888,889 for display.
    expect(result).toMatchObject({
      standardId: 'ND07_2022_2025',
      povertyClass: 'poor',
      deprived: ['water', 'latrine', 'telecom'],
      unknown: [],
      deprivationCount: 3,
      income: { method: 'measured', members: 3, totalYearly: 32_000_000, perPersonMonthly: 888_889 },
    });
  });

  it('picks the standard of the review year', () => {
    expect(assessHouseholdReview(sampleHouseholdReviewAnswers(), { ...context, reviewYear: 2026 }).standardId).toBe('ND07_2022_2025');
    // Under Decree 351/2025 the optional digital-use and waste answers count: 5 deprivations.
    expect(assessHouseholdReview(sampleHouseholdReviewAnswers(), { ...context, reviewYear: 2027 })).toMatchObject({
      standardId: 'ND351_2027_2030',
      deprived: ['water', 'latrine', 'telecom', 'digital_use', 'waste'],
    });
  });

  it('notes a form filled for another reference date, and takes ages on the review’s', () => {
    const trace = assessHouseholdReview(sampleHouseholdReviewAnswers({ reference_date: '2025-09-01' }), context).trace;
    expect(trace[1]).toMatchObject({ rule: 'reference_date', value: '2025-09-01', threshold: '2025-11-15', outcome: 'differs' });
    expect(assessHouseholdReview(sampleHouseholdReviewAnswers(), context).trace.map((line) => line.rule)).not.toContain('reference_date');
  });

  it('refuses a year without a standard or an invalid reference date', () => {
    expect(() => assessHouseholdReview(sampleHouseholdReviewAnswers(), { ...context, reviewYear: 2031 })).toThrow(RangeError);
    expect(() => assessHouseholdReview(sampleHouseholdReviewAnswers(), { ...context, referenceDate: '15/11/2025' })).toThrow(RangeError);
  });

  it('is incomplete while a needed answer is blank, and screened out on a clear sign', () => {
    const blank = assessHouseholdReview(sampleHouseholdReviewAnswers({ latrine_type: undefined }), context);
    expect(blank).toMatchObject({ povertyClass: 'incomplete', unknown: ['latrine'] });
    expect(assessHouseholdReview({ reference_date: '2025-11-15', screening_signs: ['car'] }, context).povertyClass).toBe('screened_out');
  });

  it('scores the B1 proxy with the table it is given', () => {
    // Default table: size 3 → 20, durable 15, 45 m² / 3 = 15 m² → 10, latrine and water 0, internet 0, no assets, no cattle: 45.
    const answers = sampleHouseholdReviewAnswers({ income_method: 'proxy', proxy_assets: ['none'], proxy_cattle: 0 });
    expect(assessHouseholdReview(answers, context)).toMatchObject({ povertyClass: 'poor', income: { method: 'proxy', score: 45 } });
    const strict = { ...DEFAULT_PROXY_SCORING_TABLE, id: 'strict', thresholds: { ...DEFAULT_PROXY_SCORING_TABLE.thresholds, rural: { incomeOnlyPoor: null, line: 40, averageUpper: 44 } } };
    expect(assessHouseholdReview(answers, { ...context, proxyTable: strict })).toMatchObject({ povertyClass: 'not_poor', income: { tableId: 'strict' } });
  });

  it('takes well under a millisecond for a household of ten', () => {
    const members = Array.from({ length: 10 }, (_, i) => ({ ...SAMPLE_REVIEW_MEMBERS[i % 3], full_name: `Thành viên ${i + 1}` }));
    const answers = sampleHouseholdReviewAnswers({ members });
    const runs = 2000;
    const started = performance.now();
    for (let i = 0; i < runs; i++) assessHouseholdReview(answers, context);
    expect((performance.now() - started) / runs).toBeLessThan(1);
  });
});
