import { indicatorInput } from '../indicators/indicator';
import { buildChild, buildHousehold, buildMember } from '../testing/build-facts';
import { DEFAULT_PROXY_SCORING_TABLE } from './default-proxy-table';
import { proxyFactsOf } from './proxy-facts';
import { type ProxyFacts, type ProxyScoringTable, scoreProxy } from './proxy-score';

// 3 members in 60 m² (20 m² each), brick/concrete/tile, piped water, flush latrine, internet, a phone.
const household = buildHousehold({ members: [buildMember(), buildMember(), buildChild('2015-05-01')] });
const facts = (cattle: number | null, assets: string[] | null = ['motorbike']) =>
  proxyFactsOf(indicatorInput(household), { method: 'proxy', assets: assets as never, cattle });

describe('proxyFactsOf', () => {
  it('reads the B1 characteristics from the recorded facts', () => {
    expect(facts(1)).toEqual({
      household_size: '3',
      durable_house: 'yes',
      area_per_person: '15_to_30',
      clean_water: 'yes',
      hygienic_latrine: 'yes',
      internet: 'yes',
      tv: 'no',
      computer: 'no',
      motorbike: 'yes',
      fridge: 'no',
      washing_machine: 'no',
      air_conditioner: 'no',
      water_heater: 'no',
      car: 'no',
      cattle: '1',
    });
    expect(facts(5).cattle).toBe('2+');
    expect(facts(null, null)).toMatchObject({ cattle: null, motorbike: null, car: null });
  });
});

describe('scoreProxy', () => {
  it('adds the table’s points for each characteristic', () => {
    // Default table: size 3 → 20, durable 15, 15–30 m² → 10, clean water 5, latrine 10, internet 5,
    // motorbike 10, 1 head of cattle 5: 20 + 15 + 10 + 5 + 10 + 5 + 10 + 5 = 80.
    expect(scoreProxy(DEFAULT_PROXY_SCORING_TABLE, 'rural', facts(1))).toEqual({ score: 80, missing: [] });
  });

  it('scores 0 for a value the table does not list and uses the area’s points and base', () => {
    const table: ProxyScoringTable = {
      ...DEFAULT_PROXY_SCORING_TABLE,
      base: { rural: 3, urban: 7 },
      items: [{ fact: 'cattle', label: 'Trâu bò', points: { rural: { '1': 4 }, urban: { '1': 9 } } }],
    };
    expect(scoreProxy(table, 'rural', facts(1)).score).toBe(3 + 4);
    expect(scoreProxy(table, 'urban', facts(1)).score).toBe(7 + 9);
    expect(scoreProxy(table, 'rural', facts(0)).score).toBe(3);
  });

  it('is unknown, naming what is missing, when a scored characteristic is not recorded', () => {
    const missing: ProxyFacts = { ...facts(1), cattle: null, car: null };
    expect(scoreProxy(DEFAULT_PROXY_SCORING_TABLE, 'rural', missing)).toEqual({ score: null, missing: ['car', 'cattle'] });
  });
});
