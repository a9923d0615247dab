import type { HouseholdFacts } from '../facts';
import { ND07_2022_2025 } from '../standards/nd07';
import { ND351_2027_2030 } from '../standards/nd351';
import { QD59_2016_2020 } from '../standards/qd59';
import { buildHousehold, verdictOf } from '../testing/build-facts';
import type { IndicatorId } from './indicator';

const nd07 = (id: IndicatorId, facts: Partial<HouseholdFacts>) => verdictOf(ND07_2022_2025, id, buildHousehold(facts));

describe('indicators 11 and 12, internet and access to information (Decree 07/2021)', () => {
  it.each([
    ['telecom', { internetUse: true }, false],
    ['telecom', { internetUse: false }, true],
    ['telecom', { internetUse: null }, null],
    ['information_access', { informationDevices: ['radio'] }, false],
    ['information_access', { informationDevices: [], hearsLoudspeaker: true }, false],
    ['information_access', { informationDevices: [], hearsLoudspeaker: false }, true],
    ['information_access', { informationDevices: [], hearsLoudspeaker: null }, null],
    ['information_access', { informationDevices: null }, null],
  ] as const)('%s with %o is %p', (id, facts, expected) => {
    expect(nd07(id, facts)).toBe(expected);
  });
});

describe('Decree 351/2025 additions (to be confirmed)', () => {
  it('drops indicator 12 and adds digital use and waste handling', () => {
    const ids = ND351_2027_2030.indicators.map((indicator) => indicator.id);
    expect(ids).not.toContain('information_access');
    expect(ids).toEqual(expect.arrayContaining(['digital_use', 'waste']));
    expect(ids).toHaveLength(13);
  });

  it.each([
    ['digital_use', { digitalServiceUse: false }, true],
    ['digital_use', { digitalServiceUse: null }, null],
  ] as const)('%s with %o is %p', (id, facts, expected) => {
    expect(verdictOf(ND351_2027_2030, id, buildHousehold(facts))).toBe(expected);
  });
});

describe('Decision 59/2015 information indicators (history)', () => {
  it.each([
    ['telecom', { internetUse: false, informationDevices: ['phone'] }, false],
    ['telecom', { internetUse: false, informationDevices: [] }, true],
    ['telecom', { internetUse: true, informationDevices: null }, false],
    ['information_access', { informationDevices: ['phone'], hearsLoudspeaker: false }, true],
    ['information_access', { informationDevices: ['tv'], hearsLoudspeaker: null }, false],
  ] as const)('%s with %o is %p', (id, facts, expected) => {
    expect(verdictOf(QD59_2016_2020, id, buildHousehold(facts))).toBe(expected);
  });
});
