import type { HouseholdFacts, MeasuredIncomeFacts, MemberFacts } from '../facts';
import { type IndicatorId, indicatorIn, indicatorInput, type Tri } from '../indicators/indicator';
import type { PovertyStandard } from '../standard';

/** Reference date of the test households: 15 November 2025, inside the periodic review (ND07, rural line 1,500,000). */
export const REFERENCE_DATE = '2025-11-15';

/** An adult of 40 (born 1985-06-01), self-employed, insured, not disabled: deprived in nothing. */
export function buildMember(overrides: Partial<MemberFacts> = {}): MemberFacts {
  return {
    memberId: null,
    fullName: 'Thành viên',
    sex: 'male',
    birthDate: '1985-06-01',
    relation: 'head',
    healthInsurance: true,
    schoolAttendance: null,
    inEducation: null,
    diploma: null,
    employment: 'self_employed',
    labourContract: null,
    severeDisability: false,
    socialAllowance: false,
    malnourished: null,
    ...overrides,
  };
}

/** A child born on `birthDate`: at school at the right level, well nourished, insured. */
export function buildChild(birthDate: string, overrides: Partial<MemberFacts> = {}): MemberFacts {
  return buildMember({ birthDate, relation: 'child', employment: null, severeDisability: null, schoolAttendance: 'right_level', malnourished: false, ...overrides });
}

/** Income over 12 months all from crops, no costs. */
export function measuredIncome(totalYearly: number, productionCosts = 0): MeasuredIncomeFacts {
  return {
    method: 'measured',
    sources: { wages: 0, crops: totalYearly + productionCosts, livestock: 0, forestry: 0, fishery: 0, business: 0, other: 0 },
    productionCosts,
  };
}

/**
 * A rural household of two adults of 40 deprived in nothing: durable house of 60 m², piped water,
 * flush latrine, internet, a phone, and 60,000,000 đồng a year (2,500,000 per person per month:
 * above the ND07 average band's 2,250,000, so not poor). Override any fact.
 */
export function buildHousehold(overrides: Partial<HouseholdFacts> = {}): HouseholdFacts {
  return {
    referenceDate: REFERENCE_DATE,
    area: 'rural',
    screeningSigns: [],
    members: [buildMember(), buildMember({ sex: 'female', relation: 'spouse', birthDate: '1985-03-10' })],
    housing: { wall: 'brick_stone', frame: 'concrete', roof: 'tile', floorArea: 60 },
    waterSource: 'piped',
    latrine: 'flush',
    internetUse: true,
    informationDevices: ['phone'],
    hearsLoudspeaker: null,
    digitalServiceUse: true,
    wasteDisposal: 'collected',
    income: measuredIncome(60_000_000),
    farmLivelihood: true,
    socialProtection: { beneficiary: false, impoverishedByShock: false },
    ...overrides,
  };
}

/** The verdict of one indicator of `standard` on a household. */
export function verdictOf(standard: PovertyStandard, id: IndicatorId, household: HouseholdFacts): Tri {
  return indicatorIn(standard.indicators, id).deprived(indicatorInput(household));
}

/** The default household with exactly these members. */
export const householdOf = (...members: MemberFacts[]) => buildHousehold({ members });
