import { ageInMonths, ageInYears, parseIsoDate } from './dates';

const date = (iso: string) => parseIsoDate(iso)!;

describe('parseIsoDate', () => {
  it.each(['2024-02-29', '2025-12-31', '1950-01-01'])('reads %s', (iso) => {
    expect(parseIsoDate(iso)).not.toBeNull();
  });

  it.each(['2023-02-29', '2025-13-01', '2025-04-31', '2025-4-1', '01/04/2025', '', null, 20250401])('refuses %p', (value) => {
    expect(parseIsoDate(value)).toBeNull();
  });
});

describe('ageInYears', () => {
  it.each([
    // Born 2019-11-15, reference 2025-11-15: 6 years on the birthday itself.
    ['2019-11-15', '2025-11-15', 6],
    // One day before the birthday: (2025 - 2019) × 12 + 0 - 1 = 71 months = 5 years.
    ['2019-11-15', '2025-11-14', 5],
    ['2009-01-01', '2025-12-31', 16],
    // 29 February: on 28 February 2025 the 2024 year is not complete; on 1 March it is.
    ['2008-02-29', '2025-02-28', 16],
    ['2008-02-29', '2025-03-01', 17],
    ['2026-01-01', '2025-12-31', -1],
  ])('born %s is %i on %s', (birth, on, expected) => {
    expect(ageInYears(date(birth), date(on))).toBe(expected);
  });
});

describe('ageInMonths', () => {
  it('counts whole months, the monthly birthday included', () => {
    // (2025 - 1965) × 12 + (10 - 7) = 723; on the 14th the month of the 15th is not complete: 722.
    expect(ageInMonths(date('1965-07-15'), date('2025-10-15'))).toBe(723);
    expect(ageInMonths(date('1965-07-15'), date('2025-10-14'))).toBe(722);
  });
});
