import type { InformationDevice } from '../vocabulary/information';
import { type IndicatorPredicate } from './indicator';
import { and3, not3 } from './tri';

/** Indicator 11 (Decree 07/2021): no member uses internet services. */
export function internetDeprivation(): IndicatorPredicate {
  return ({ household }) => not3(household.internetUse);
}

/** Indicator 12 (Decree 07/2021): owns none of `devices` and cannot hear the commune or village loudspeakers. */
export function informationAccessDeprivation(devices: ReadonlySet<InformationDevice>): IndicatorPredicate {
  return ({ household }) => {
    const owned = household.informationDevices;
    if (owned === null) return null;
    return owned.some((device) => devices.has(device)) ? false : not3(household.hearsLoudspeaker);
  };
}

/** Decision 59/2015 (history): no member uses a phone subscription or the internet. */
export function phoneOrInternetDeprivation(): IndicatorPredicate {
  return ({ household }) => {
    const phone = household.informationDevices === null ? null : household.informationDevices.includes('phone');
    return and3(not3(household.internetUse), not3(phone));
  };
}

/** Decree 351/2025 (from 2027): no member uses digital services; the threshold is to be confirmed. */
export function digitalUseDeprivation(): IndicatorPredicate {
  return ({ household }) => not3(household.digitalServiceUse);
}
