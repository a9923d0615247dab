import { sampleHouseholdReviewAnswers } from '../../forms/household-review-sample';
import { householdFactsFromAnswers } from './household-facts-from-answers';

const context = { referenceDate: '2025-11-15', area: 'rural' } as const;
const facts = (overrides: Record<string, unknown> = {}) => householdFactsFromAnswers(sampleHouseholdReviewAnswers(overrides), context);

describe('householdFactsFromAnswers', () => {
  it('maps the form’s answers to facts', () => {
    const result = facts();
    expect(result).toMatchObject({
      referenceDate: '2025-11-15',
      area: 'rural',
      screeningSigns: [],
      housing: { wall: 'brick_stone', frame: 'concrete', roof: 'metal_fibre_cement', floorArea: 45 },
      waterSource: 'unprotected_spring',
      latrine: 'simple_pit',
      internetUse: false,
      informationDevices: ['phone'],
      hearsLoudspeaker: null,
      digitalServiceUse: false,
      wasteDisposal: 'burned_or_dumped',
      income: {
        method: 'measured',
        sources: { wages: 0, crops: 30_000_000, livestock: 8_000_000, forestry: 2_000_000, fishery: 0, business: 0, other: 1_000_000 },
        productionCosts: 9_000_000,
      },
      farmLivelihood: true,
      socialProtection: { beneficiary: false, impoverishedByShock: false },
    });
    expect(result.members[2]).toEqual({
      memberId: null,
      fullName: 'Giàng A Páo',
      sex: 'male',
      birthDate: '2015-02-20',
      relation: 'child',
      healthInsurance: true,
      schoolAttendance: 'right_level',
      inEducation: null,
      diploma: null,
      employment: null,
      labourContract: null,
      severeDisability: null,
      socialAllowance: false,
      malnourished: false,
    });
  });

  it('reads "none" as an empty list and a blank or foreign answer as unknown', () => {
    expect(facts({ info_devices: ['none'] }).informationDevices).toEqual([]);
    expect(facts({ screening_signs: ['car', 'pension'] }).screeningSigns).toEqual(['car', 'pension']);
    expect(facts({ screening_signs: undefined }).screeningSigns).toBeNull();
    expect(facts({ screening_signs: [] }).screeningSigns).toBeNull();
    expect(facts({ info_devices: ['tv', 'spaceship'] }).informationDevices).toBeNull();
    expect(facts({ water_source: 'lake' }).waterSource).toBeNull();
    expect(facts({ internet_use: 'yes' }).internetUse).toBeNull();
    expect(facts({ floor_area: '45' }).housing.floorArea).toBeNull();
    expect(facts({ members: 'three' }).members).toEqual([]);
    expect(facts({ members: [{ birth_date: '2015-02-30', full_name: '  ' }] }).members[0]).toMatchObject({ birthDate: null, fullName: null });
  });

  it('reads the income by the chosen method', () => {
    expect(facts({ income_method: undefined }).income).toBeNull();
    expect(facts({ income_crops: undefined }).income).toMatchObject({ sources: { crops: null } });
    expect(facts({ income_method: 'proxy', proxy_assets: ['motorbike', 'fridge'], proxy_cattle: 2 }).income).toEqual({ method: 'proxy', assets: ['motorbike', 'fridge'], cattle: 2 });
  });
});
