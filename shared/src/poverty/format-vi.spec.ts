import { formatDong, groupDigits, lowerFirst } from './format-vi';

describe('Vietnamese number formatting', () => {
  it.each([
    [0, '0'],
    [999, '999'],
    [1_500_000, '1.500.000'],
    [-2_000_000, '-2.000.000'],
    [54_000_001, '54.000.001'],
  ])('groups %i as %s', (value, text) => {
    expect(groupDigits(value)).toBe(text);
  });

  it('writes amounts in đồng and lowers a title inside a sentence', () => {
    expect(formatDong(2_250_000)).toBe('2.250.000 đồng');
    expect(lowerFirst('Chuẩn nghèo đa chiều')).toBe('chuẩn nghèo đa chiều');
  });
});
