import type { ProxyIncomeFacts } from '../facts';
import { housingQualityDeprivation } from '../indicators/housing';
import { type IndicatorInput, type Tri } from '../indicators/indicator';
import { not3, within } from '../indicators/tri';
import { CLEAN_WATER_SOURCES, HYGIENIC_LATRINES } from '../vocabulary/water-sanitation';
import type { ProxyFacts } from './proxy-score';

const yesNo = (value: Tri): string | null => (value === null ? null : value ? 'yes' : 'no');
const has = (list: readonly string[] | null, item: string) => yesNo(list === null ? null : list.includes(item));
const nonDurable = housingQualityDeprivation(2);

/** The B1 characteristics of a household, from the facts the review recorded. */
export function proxyFactsOf(input: IndicatorInput, proxy: ProxyIncomeFacts): ProxyFacts {
  const { household, members } = input;
  const size = members.length;
  return {
    household_size: size === 0 ? null : size >= 6 ? '6+' : String(size),
    durable_house: yesNo(not3(nonDurable(input))),
    area_per_person: areaBand(household.housing.floorArea, size),
    clean_water: yesNo(within(household.waterSource, CLEAN_WATER_SOURCES)),
    hygienic_latrine: yesNo(within(household.latrine, HYGIENIC_LATRINES)),
    internet: yesNo(household.internetUse),
    tv: has(household.informationDevices, 'tv'),
    computer: has(household.informationDevices, 'computer'),
    motorbike: has(proxy.assets, 'motorbike'),
    fridge: has(proxy.assets, 'fridge'),
    washing_machine: has(proxy.assets, 'washing_machine'),
    air_conditioner: has(proxy.assets, 'air_conditioner'),
    water_heater: has(proxy.assets, 'water_heater'),
    car: has(proxy.assets, 'car'),
    cattle: proxy.cattle === null ? null : proxy.cattle >= 2 ? '2+' : String(proxy.cattle),
  };
}

/** m² per person: under 8, 8 to under 15, 15 to under 30, 30 and over (compared without dividing). */
function areaBand(area: number | null, members: number): string | null {
  if (area === null || members === 0) return null;
  if (area < 8 * members) return 'under_8';
  if (area < 15 * members) return '8_to_15';
  return area < 30 * members ? '15_to_30' : '30_plus';
}
