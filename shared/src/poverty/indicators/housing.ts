import { DURABLE_FRAMES, DURABLE_ROOFS, DURABLE_WALLS } from '../vocabulary/housing';
import { type IndicatorPredicate } from './indicator';
import { not3, within } from './tri';

/** Indicator 7 (Decree 07/2021): a non-durable house, `minNonDurable` or more of wall, frame and roof being non-durable. */
export function housingQualityDeprivation(minNonDurable: number): IndicatorPredicate {
  return ({ household: { housing } }) => {
    const nonDurable = [not3(within(housing.wall, DURABLE_WALLS)), not3(within(housing.frame, DURABLE_FRAMES)), not3(within(housing.roof, DURABLE_ROOFS))];
    const known = nonDurable.filter((v) => v === true).length;
    const unknown = nonDurable.filter((v) => v === null).length;
    if (known >= minNonDurable) return true;
    return known + unknown >= minNonDurable ? null : false;
  };
}

/** Indicator 8 (Decree 07/2021): floor area per person under `minPerPerson` m² (area < min × members, so 8 m² each is not deprived). */
export function housingAreaDeprivation(minPerPerson: number): IndicatorPredicate {
  return ({ household, members }) => {
    const area = household.housing.floorArea;
    if (area === null || members.length === 0) return null;
    return area < minPerPerson * members.length;
  };
}
