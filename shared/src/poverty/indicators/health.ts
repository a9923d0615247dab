import { type IndicatorPredicate } from './indicator';
import { ageIn, anyMember, not3 } from './tri';

/** Indicator 3 (Decree 07/2021): a child under `belowAge` is stunted or underweight. */
export function nutritionDeprivation(belowAge: number): IndicatorPredicate {
  return (input) => anyMember(input, (m) => ageIn(m, 0, belowAge), (m) => m.facts.malnourished);
}

/** Indicator 4 (Decree 07/2021): a member aged `fromAge` or over has no health insurance
 * (children under 6 are insured by the state, so a 5-year-old without a card does not count). */
export function insuranceDeprivation(fromAge: number): IndicatorPredicate {
  return (input) => anyMember(input, (m) => ageIn(m, fromAge, Infinity), (m) => not3(m.facts.healthInsurance));
}

/** Decision 59/2015 (history): a member was ill and did not get care. Not collected by the current form. */
export function healthcareAccessDeprivation(): IndicatorPredicate {
  return ({ household }) => household.untreatedIllness ?? null;
}
