import type { HousingFacts } from '../facts';
import { ND07_2022_2025 } from '../standards/nd07';
import { buildChild, buildHousehold, buildMember, verdictOf } from '../testing/build-facts';

const DURABLE: HousingFacts = { wall: 'brick_stone', frame: 'concrete', roof: 'tile', floorArea: 60 };
const quality = (housing: Partial<HousingFacts>) => verdictOf(ND07_2022_2025, 'housing_quality', buildHousehold({ housing: { ...DURABLE, ...housing } }));
const area = (floorArea: number | null, members: number) =>
  verdictOf(ND07_2022_2025, 'housing_area', buildHousehold({ housing: { ...DURABLE, floorArea }, members: Array.from({ length: members }, () => buildMember()) }));

describe('indicator 7, housing quality (Decree 07/2021)', () => {
  it('deprives a house with at least 2 of wall, frame and roof non-durable', () => {
    expect(quality({ wall: 'earth_bamboo', roof: 'thatch_leaves' })).toBe(true);
    expect(quality({ wall: 'earth_bamboo', frame: 'bamboo_poor_wood', roof: 'thatch_leaves' })).toBe(true);
    expect(quality({ wall: 'earth_bamboo' })).toBe(false);
    expect(quality({})).toBe(false);
  });

  it('is unknown only when the missing materials could make two', () => {
    expect(quality({ wall: 'earth_bamboo', frame: null })).toBeNull();
    expect(quality({ wall: null, frame: null })).toBeNull();
    expect(quality({ wall: null })).toBe(false);
  });
});

describe('indicator 8, floor area per person under 8 m² (Decree 07/2021)', () => {
  it('does not deprive 8 m² a person and deprives 7.9', () => {
    expect(area(8, 1)).toBe(false);
    expect(area(7.9, 1)).toBe(true);
    // 3 people: 24 m² = 8 each; 23.7 m² = 7.9 each (23.7 < 8 × 3 = 24).
    expect(area(24, 3)).toBe(false);
    expect(area(23.7, 3)).toBe(true);
  });

  it('counts children as persons and is unknown without an area', () => {
    // 2 adults and 1 child in 20 m²: 20 < 24.
    const members = [buildMember(), buildMember(), buildChild('2020-01-01')];
    expect(verdictOf(ND07_2022_2025, 'housing_area', buildHousehold({ members, housing: { ...DURABLE, floorArea: 20 } }))).toBe(true);
    expect(area(null, 2)).toBeNull();
  });
});
