import type { HouseholdFacts } from '../facts';
import { ND07_2022_2025 } from '../standards/nd07';
import { ND351_2027_2030 } from '../standards/nd351';
import { buildHousehold, verdictOf } from '../testing/build-facts';
import type { IndicatorId } from './indicator';

const nd07 = (id: IndicatorId, facts: Partial<HouseholdFacts>) => verdictOf(ND07_2022_2025, id, buildHousehold(facts));

describe('indicators 9 and 10, water and latrine (Decree 07/2021)', () => {
  it.each([
    ['water', { waterSource: 'piped' }, false],
    ['water', { waterSource: 'protected_dug_well' }, false],
    ['water', { waterSource: 'surface' }, true],
    ['water', { waterSource: null }, null],
    ['latrine', { latrine: 'double_vault' }, false],
    ['latrine', { latrine: 'simple_pit' }, true],
    ['latrine', { latrine: 'none' }, true],
    ['latrine', { latrine: null }, null],
  ] as const)('%s with %o is %p', (id, facts, expected) => {
    expect(nd07(id, facts)).toBe(expected);
  });
});


describe('household waste handling (Decree 351/2025, to be confirmed)', () => {
  it.each([
    [{ wasteDisposal: 'burned_or_dumped' }, true],
    [{ wasteDisposal: 'treated_on_site' }, false],
    [{ wasteDisposal: 'collected' }, false],
    [{ wasteDisposal: null }, null],
  ] as const)('with %o is %p', (facts, expected) => {
    expect(verdictOf(ND351_2027_2030, 'waste', buildHousehold(facts))).toBe(expected);
  });
});
