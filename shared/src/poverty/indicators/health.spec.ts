import type { MemberFacts } from '../facts';
import { ND07_2022_2025 } from '../standards/nd07';
import { QD59_2016_2020 } from '../standards/qd59';
import { buildChild, buildHousehold, buildMember, householdOf, verdictOf } from '../testing/build-facts';

// Reference date 2025-11-15.
const nutrition = (...members: MemberFacts[]) => verdictOf(ND07_2022_2025, 'nutrition', householdOf(...members));
const insurance = (...members: MemberFacts[]) => verdictOf(ND07_2022_2025, 'health_insurance', householdOf(...members));
const adult = buildMember();

describe('indicator 3, nutrition of children under 16 (Decree 07/2021)', () => {
  it('deprives a household with a stunted or underweight child under 16', () => {
    // Born 2009-11-16: 15 on the reference date. Born 2009-11-15: 16, no longer a child.
    expect(nutrition(adult, buildChild('2009-11-16', { malnourished: true }))).toBe(true);
    expect(nutrition(adult, buildChild('2009-11-15', { malnourished: true }))).toBe(false);
    expect(nutrition(adult, buildChild('2020-01-01'))).toBe(false);
  });

  it('is unknown when a child’s nutrition is not recorded, and ignores adults', () => {
    expect(nutrition(adult, buildChild('2020-01-01', { malnourished: null }))).toBeNull();
    expect(nutrition(adult, buildMember({ malnourished: null }))).toBe(false);
  });
});

describe('indicator 4, health insurance from age 6 (Decree 07/2021)', () => {
  it('counts a 6-year-old without insurance but not a 5-year-old', () => {
    // Born 2019-11-15: 6 on 2025-11-15. Born 2019-11-16: 5.
    expect(insurance(adult, buildChild('2019-11-15', { healthInsurance: false }))).toBe(true);
    expect(insurance(adult, buildChild('2019-11-16', { healthInsurance: false }))).toBe(false);
  });

  it('deprives any uninsured member over 6 and is unknown when insurance is not recorded', () => {
    expect(insurance(adult, buildMember({ healthInsurance: false }))).toBe(true);
    expect(insurance(adult, adult)).toBe(false);
    expect(insurance(adult, buildMember({ healthInsurance: null }))).toBeNull();
    expect(insurance(adult, buildChild('2022-01-01', { healthInsurance: null }))).toBe(false);
  });
});

describe('healthcare access (Decision 59/2015, history)', () => {
  it('reads the untreated-illness fact, unknown when not recorded', () => {
    expect(verdictOf(QD59_2016_2020, 'healthcare_access', buildHousehold({ untreatedIllness: true }))).toBe(true);
    expect(verdictOf(QD59_2016_2020, 'healthcare_access', buildHousehold({ untreatedIllness: false }))).toBe(false);
    expect(verdictOf(QD59_2016_2020, 'healthcare_access', buildHousehold())).toBeNull();
  });
});
