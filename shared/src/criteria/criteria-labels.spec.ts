import { CRITERIA_FEED_FORMULAS_VI, CRITERIA_FEED_LABELS_VI, thresholdColumnLabelVi, thresholdTextVi } from './criteria-labels';
import { CRITERIA_FEEDS } from './criteria-set';

describe('criteria labels', () => {
  it('prints a threshold with the Vietnamese decimal comma', () => {
    expect(thresholdTextVi('gte', 42.9, 'triệu đồng/người/năm')).toBe('≥ 42,9 triệu đồng/người/năm');
    expect(thresholdTextVi('lte', 6, '%')).toBe('≤ 6 %');
    expect(thresholdTextVi('yes_no', true, '')).toBe('Đạt');
  });

  it('names threshold columns', () => {
    expect(['TDMNPB', 'G3', 'ALL'].map((column) => thresholdColumnLabelVi(column as never))).toEqual(['Trung du và miền núi phía Bắc', 'Nhóm 3', 'Chung']);
  });

  it('has a label and a formula for every feed', () => {
    for (const feed of CRITERIA_FEEDS) expect([CRITERIA_FEED_LABELS_VI[feed], CRITERIA_FEED_FORMULAS_VI[feed]].every((text) => text.length > 0)).toBe(true);
  });
});
