import { isWorkingDay, postingEndDate, postingIsOver } from './working-days';

// 23 November 2026 is a Monday.
describe('postingEndDate (public posting counted in working days, the first day included)', () => {
  it.each([
    ['2026-11-23', 3, '2026-11-25'], // Mon, Tue, Wed
    ['2026-11-21', 3, '2026-11-25'], // Saturday: Mon, Tue, Wed
    ['2026-11-22', 1, '2026-11-23'], // Sunday: the Monday
    ['2026-11-26', 3, '2026-11-30'], // Thu, Fri, Mon
    ['2026-11-27', 1, '2026-11-27'], // a one-day posting on a Friday
    ['2026-11-23', 5, '2026-11-27'], // one working week
    ['2026-11-23', 10, '2026-12-04'], // two
    ['2026-12-30', 3, '2027-01-01'], // across the year (no holiday given)
  ])('%s + %i working days ends on %s', (startsOn, days, expected) => {
    expect(postingEndDate(startsOn, days)).toBe(expected);
  });

  it('skips the public holidays it is given (New Year 2027 on a Friday)', () => {
    expect(postingEndDate('2026-12-30', 3, ['2027-01-01'])).toBe('2027-01-04');
  });

  it('refuses a posting of no working day', () => {
    expect(() => postingEndDate('2026-11-23', 0)).toThrow(RangeError);
    expect(() => postingEndDate('2026-11-23', 1.5)).toThrow(RangeError);
  });
});

describe('isWorkingDay', () => {
  it.each([
    ['2026-11-22', [], false], // Sunday
    ['2026-11-21', [], false], // Saturday
    ['2026-11-23', [], true],
    ['2026-11-27', [], true], // Friday
    ['2027-01-01', ['2027-01-01'], false],
  ] as const)('%s → %s', (date, holidays, expected) => {
    expect(isWorkingDay(date, holidays)).toBe(expected);
  });
});

describe('postingIsOver', () => {
  it('is over only once the last day has passed', () => {
    expect(postingIsOver('2026-11-25', '2026-11-25')).toBe(false);
    expect(postingIsOver('2026-11-25', '2026-11-26')).toBe(true);
    expect(postingIsOver('2026-11-25', '2026-11-24')).toBe(false);
  });
});
