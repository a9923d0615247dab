import type { Diploma } from '../vocabulary/members';
import { type IndicatorPredicate, type MemberView, type Tri } from './indicator';
import { ageIn, and3, anyMember, not3 } from './tri';

/** Members aged [fromAge, belowAge) need one of `diplomas` unless they are in school or training. */
export type DiplomaTier = { readonly fromAge: number; readonly belowAge: number; readonly diplomas: ReadonlySet<Diploma> };

/** Indicator 5 (Decree 07/2021): a member aged 16–30 is not in training and lacks the diploma for their age. */
export function adultEducationDeprivation(tiers: readonly DiplomaTier[]): IndicatorPredicate {
  const tierOf = (m: MemberView) => tiers.find((tier) => ageIn(m, tier.fromAge, tier.belowAge) === true);
  return (input) =>
    anyMember(
      input,
      (m) => (m.age === null ? null : tierOf(m) !== undefined),
      (m): Tri => {
        const tier = tierOf(m);
        if (!tier) return null;
        const hasDiploma = m.facts.diploma === null ? null : tier.diplomas.has(m.facts.diploma);
        return and3(not3(m.facts.inEducation), not3(hasDiploma));
      },
    );
}

/** Indicator 6 (Decree 07/2021): a child aged [fromAge, belowAge) does not attend school as `attending` requires. */
export function childSchoolingDeprivation(fromAge: number, belowAge: number, attending: ReadonlySet<string>): IndicatorPredicate {
  return (input) =>
    anyMember(
      input,
      (m) => ageIn(m, fromAge, belowAge),
      (m) => (m.facts.schoolAttendance === null ? null : !attending.has(m.facts.schoolAttendance)),
    );
}
