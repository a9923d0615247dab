import { ND07_2022_2025 } from '../standards/nd07';
import { buildChild, buildMember, householdOf, verdictOf } from '../testing/build-facts';
import { retirementAgeMonths } from '../working-age';
import type { MemberFacts } from '../facts';

// Reference date of every household: 2025-11-15 (build-facts REFERENCE_DATE).
const employment = (...members: MemberFacts[]) => verdictOf(ND07_2022_2025, 'employment', householdOf(...members));
const dependants = (...members: MemberFacts[]) => verdictOf(ND07_2022_2025, 'dependants', householdOf(...members));
const adult = buildMember();

describe('retirement age (Labour Code 2019 art. 169)', () => {
  it.each([
    ['male', 2020, 720], // 60 years before the reform
    ['male', 2021, 723], // 60 years 3 months
    ['male', 2025, 735], // 60y3m + 4 × 3 months = 61 years 3 months
    ['male', 2028, 744], // 62 years, the ceiling
    ['male', 2030, 744],
    ['female', 2021, 664], // 55 years 4 months
    ['female', 2025, 680], // 55y4m + 4 × 4 months = 56 years 8 months
    ['female', 2035, 720], // 55y4m + 14 × 4 months = 60 years, the ceiling
    ['female', 2040, 720],
  ] as const)('is %s %i: %i months', (sex, year, months) => {
    expect(retirementAgeMonths(sex, year)).toBe(months);
  });
});

describe('indicator 1, employment (Decree 07/2021)', () => {
  it('deprives a working-age member who is unemployed or a wage worker without contract', () => {
    expect(employment(adult, buildMember({ employment: 'unemployed' }))).toBe(true);
    expect(employment(adult, buildMember({ employment: 'wage', labourContract: false }))).toBe(true);
    expect(employment(adult, buildMember({ employment: 'wage', labourContract: true }))).toBe(false);
    expect(employment(adult, buildMember({ employment: 'not_working' }))).toBe(false);
  });

  it('starts working age on the 15th birthday', () => {
    // Born 2010-11-15: 15 on 2025-11-15. Born 2010-11-16: still 14.
    expect(employment(adult, buildChild('2010-11-15', { employment: 'unemployed' }))).toBe(true);
    expect(employment(adult, buildChild('2010-11-16', { employment: 'unemployed' }))).toBe(false);
  });

  it('ends working age at the retirement age of the reference year', () => {
    // Man born 1964-08-15: (2025 - 1964) × 12 + (11 - 8) = 735 months = 61y3m, retired in 2025; a day younger, 734.
    expect(employment(adult, buildMember({ birthDate: '1964-08-15', employment: 'unemployed' }))).toBe(false);
    expect(employment(adult, buildMember({ birthDate: '1964-08-16', employment: 'unemployed' }))).toBe(true);
    // Woman born 1969-03-15: 56 × 12 + 8 = 680 months = 56y8m, retired; born a day later, 679.
    expect(employment(adult, buildMember({ sex: 'female', birthDate: '1969-03-15', employment: 'unemployed' }))).toBe(false);
    expect(employment(adult, buildMember({ sex: 'female', birthDate: '1969-03-16', employment: 'unemployed' }))).toBe(true);
  });

  it('is unknown only when a missing fact could decide', () => {
    expect(employment(adult, buildMember({ employment: null }))).toBeNull();
    expect(employment(adult, buildMember({ employment: 'wage', labourContract: null }))).toBeNull();
    expect(employment(buildMember({ employment: null }), buildMember({ employment: 'unemployed' }))).toBe(true);
    // A 70-year-old's work does not matter; a 58-year-old of unknown sex is between the two retirement ages.
    expect(employment(adult, buildMember({ birthDate: '1955-01-01', employment: null }))).toBe(false);
    expect(employment(adult, buildMember({ sex: null, birthDate: '1967-01-01', employment: 'unemployed' }))).toBeNull();
    expect(employment(adult, buildMember({ sex: null, birthDate: '1975-01-01', employment: 'unemployed' }))).toBe(true);
    expect(employment(adult, buildMember({ birthDate: null, employment: 'unemployed' }))).toBeNull();
  });
});

describe('indicator 2, dependants over 50% (Decree 07/2021)', () => {
  const child = buildChild('2015-05-01');

  it('does not deprive a household whose dependants are exactly half', () => {
    // 1 of 2: 1 × 2 = 2, not more than 2 × 1 = 2. 2 of 4: 4 is not more than 4.
    expect(dependants(adult, child)).toBe(false);
    expect(dependants(adult, adult, child, child)).toBe(false);
  });

  it('deprives a household whose dependants are more than half', () => {
    // 2 of 3 (66.7%): 2 × 2 = 4 > 3. 3 of 5 (60%): 6 > 5.
    expect(dependants(adult, child, child)).toBe(true);
    expect(dependants(adult, adult, child, child, child)).toBe(true);
  });

  it('counts children under 16, the elderly from 60 and the severely disabled', () => {
    // Born 2009-11-16 is 15 (dependant), born 2009-11-15 is 16 (not): 2 of 3 against 1 of 3.
    expect(dependants(adult, child, buildChild('2009-11-16'))).toBe(true);
    expect(dependants(adult, child, buildChild('2009-11-15', { severeDisability: false }))).toBe(false);
    // Born 1965-11-15 is 60 (dependant), born 1965-11-16 is 59 (not).
    expect(dependants(adult, child, buildMember({ birthDate: '1965-11-15' }))).toBe(true);
    expect(dependants(adult, child, buildMember({ birthDate: '1965-11-16' }))).toBe(false);
    expect(dependants(adult, child, buildMember({ severeDisability: true }))).toBe(true);
  });

  it('is unknown when the missing disability could tip the share', () => {
    // 1 known of 3 with 1 unknown: 2 > 3 is false but (1 + 1) × 2 = 4 > 3 could be: unknown.
    expect(dependants(adult, child, buildMember({ severeDisability: null }))).toBeNull();
    // 0 known of 4 with 1 unknown: (0 + 1) × 2 = 2 is not more than 4 either way.
    expect(dependants(adult, adult, adult, buildMember({ severeDisability: null }))).toBe(false);
    expect(dependants()).toBeNull();
  });
});
