import type { MemberFacts } from '../facts';
import { ND07_2022_2025 } from '../standards/nd07';
import { QD59_2016_2020 } from '../standards/qd59';
import { buildChild, buildMember, householdOf, verdictOf } from '../testing/build-facts';

// Reference date 2025-11-15. Ages: born 2009-11-15 → 16, 2009-11-16 → 15, 2007-11-15 → 18,
// 2007-11-16 → 17, 1995-11-15 → 30, 1994-11-15 → 31.
const adultEducation = (member: MemberFacts) => verdictOf(ND07_2022_2025, 'adult_education', householdOf(buildMember(), member));
const schooling = (member: MemberFacts) => verdictOf(ND07_2022_2025, 'child_schooling', householdOf(buildMember(), member));
const youth = (birthDate: string, diploma: MemberFacts['diploma'], inEducation: boolean | null = false) => buildMember({ birthDate, diploma, inEducation });

describe('indicator 5, adult education 16–30 (Decree 07/2021)', () => {
  it('asks lower secondary from 16 to under 18', () => {
    expect(adultEducation(youth('2009-11-15', 'primary'))).toBe(true);
    expect(adultEducation(youth('2009-11-15', 'lower_secondary'))).toBe(false);
    expect(adultEducation(youth('2007-11-16', 'lower_secondary'))).toBe(false);
    // 15 is outside the indicator's ages.
    expect(adultEducation(youth('2009-11-16', 'none'))).toBe(false);
  });

  it('asks upper secondary, an intermediate diploma or a vocational certificate from 18 to 30', () => {
    expect(adultEducation(youth('2007-11-15', 'lower_secondary'))).toBe(true);
    expect(adultEducation(youth('2007-11-15', 'upper_secondary'))).toBe(false);
    expect(adultEducation(youth('2007-11-15', 'vocational'))).toBe(false);
    expect(adultEducation(youth('1995-11-15', 'lower_secondary'))).toBe(true);
    expect(adultEducation(youth('1994-11-15', 'lower_secondary'))).toBe(false);
  });

  it('spares a member in school or training, and is unknown without the needed facts', () => {
    expect(adultEducation(youth('2007-11-15', 'none', true))).toBe(false);
    expect(adultEducation(youth('2007-11-15', null))).toBeNull();
    // Holding the diploma settles it even if schooling is not recorded.
    expect(adultEducation(youth('2007-11-15', 'upper_secondary', null))).toBe(false);
    expect(adultEducation(youth('2007-11-15', 'primary', null))).toBeNull();
  });

  it('uses 15 to under 30 and lower secondary under Decision 59/2015', () => {
    const qd59 = (member: MemberFacts) => verdictOf(QD59_2016_2020, 'adult_education', householdOf(buildMember(), member));
    expect(qd59(youth('2009-11-16', 'primary'))).toBe(true);
    expect(qd59(youth('2007-11-15', 'lower_secondary'))).toBe(false);
    expect(qd59(youth('1995-11-15', 'primary'))).toBe(false);
  });
});

describe('indicator 6, school attendance 3 to under 16 (Decree 07/2021)', () => {
  it('counts a child of 3 but not of 2', () => {
    // Born 2022-11-15: 3 on the reference date; born 2022-11-16: 2.
    expect(schooling(buildChild('2022-11-15', { schoolAttendance: 'not_attending' }))).toBe(true);
    expect(schooling(buildChild('2022-11-16', { schoolAttendance: 'not_attending' }))).toBe(false);
  });

  it('counts a child of 15 but not of 16', () => {
    expect(schooling(buildChild('2009-11-16', { schoolAttendance: 'behind' }))).toBe(true);
    expect(schooling(buildChild('2009-11-15', { schoolAttendance: 'not_attending' }))).toBe(false);
  });

  it('requires the level for the age, and is unknown when not recorded', () => {
    expect(schooling(buildChild('2015-01-01'))).toBe(false);
    expect(schooling(buildChild('2015-01-01', { schoolAttendance: 'behind' }))).toBe(true);
    expect(schooling(buildChild('2015-01-01', { schoolAttendance: null }))).toBeNull();
  });

  it('asks only attendance, 5 to under 15, under Decision 59/2015', () => {
    const qd59 = (member: MemberFacts) => verdictOf(QD59_2016_2020, 'child_schooling', householdOf(buildMember(), member));
    expect(qd59(buildChild('2015-01-01', { schoolAttendance: 'behind' }))).toBe(false);
    expect(qd59(buildChild('2015-01-01', { schoolAttendance: 'not_attending' }))).toBe(true);
    expect(qd59(buildChild('2022-11-15', { schoolAttendance: 'not_attending' }))).toBe(false);
  });
});
