import { sampleHouseholdReviewAnswers } from '../forms/household-review-sample';
import { assessHouseholdReview } from '../poverty/review/assess-household-review';
import { toReviewAssessmentDto } from './assessment-view';
import { ND07_2022_2025 } from '../poverty/standards/nd07';
import { indicatorLabelVi, labelIndicators, movementLabelVi } from './indicator-labels';

describe('indicatorLabelVi', () => {
  it('names the indicators of Decree 07/2021 and Decree 351/2025 in Vietnamese, and keeps an unknown id', () => {
    expect(indicatorLabelVi('water')).toBe('Nguồn nước sinh hoạt');
    expect(indicatorLabelVi('information_access')).toBe('Phương tiện phục vụ tiếp cận thông tin'); // ND07 only
    expect(indicatorLabelVi('waste')).toBe('Xử lý rác thải sinh hoạt'); // ND351 only
    expect(indicatorLabelVi('no_such_indicator')).toBe('no_such_indicator');
  });
});

describe('labelIndicators', () => {
  it('names each id under the given standard, falling back to the others and then to the id', () => {
    expect(labelIndicators(['telecom', 'waste', 'clean_water'], ND07_2022_2025)).toEqual([
      { id: 'telecom', label: 'Sử dụng dịch vụ viễn thông' },
      { id: 'waste', label: 'Xử lý rác thải sinh hoạt' },
      { id: 'clean_water', label: 'clean_water' },
    ]);
  });
});

describe('movementLabelVi', () => {
  it('names the movements of the recognition lists, and keeps an unknown key', () => {
    expect(movementLabelVi('fallen_back')).toBe('Tái nghèo');
    expect(movementLabelVi('escaped_poor')).toBe('Thoát nghèo');
    expect(movementLabelVi('moved_in')).toBe('moved_in');
  });
});

describe('toReviewAssessmentDto', () => {
  it('labels the class and the deprivations of the sample poor household (ND07, rural)', () => {
    const view = toReviewAssessmentDto(assessHouseholdReview(sampleHouseholdReviewAnswers(), { reviewYear: 2025, area: 'rural', referenceDate: '2025-11-15' }));
    expect(view).toMatchObject({
      standardId: 'ND07_2022_2025',
      povertyClass: 'poor',
      povertyClassLabel: 'Hộ nghèo',
      deprived: [
        { id: 'water', label: 'Nguồn nước sinh hoạt' },
        { id: 'latrine', label: 'Nhà tiêu hợp vệ sinh' },
        { id: 'telecom', label: 'Sử dụng dịch vụ viễn thông' },
      ],
      unknown: [],
      // 41,000,000 − 9,000,000 = 32,000,000 đồng a year for 3 people: 888,889 a month.
      income: { method: 'measured', members: 3, totalYearly: 32_000_000, perPersonMonthly: 888_889 },
    });
    expect(view.trace.at(-1)!.text).toBe('Kết quả: Hộ nghèo.');
  });
});
