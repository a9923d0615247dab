import { CLEAN_WATER_SOURCES, HYGIENIC_LATRINES, HYGIENIC_WASTE_DISPOSAL } from '../vocabulary/water-sanitation';
import { type IndicatorPredicate } from './indicator';
import { not3, within } from './tri';

/** Indicator 9 (Decree 07/2021): no access to a clean water source. */
export function waterDeprivation(): IndicatorPredicate {
  return ({ household }) => not3(within(household.waterSource, CLEAN_WATER_SOURCES));
}

/** Indicator 10 (Decree 07/2021): no hygienic latrine. */
export function latrineDeprivation(): IndicatorPredicate {
  return ({ household }) => not3(within(household.latrine, HYGIENIC_LATRINES));
}

/** Decree 351/2025 (from 2027): household waste neither collected nor treated hygienically (to be confirmed). */
export function wasteDeprivation(): IndicatorPredicate {
  return ({ household }) => not3(within(household.wasteDisposal, HYGIENIC_WASTE_DISPOSAL));
}
