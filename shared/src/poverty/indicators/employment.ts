import type { MemberFacts } from '../facts';
import { isWorkingAge } from '../working-age';
import { type IndicatorPredicate, type Tri } from './indicator';
import { anyMember, not3 } from './tri';

/** Indicator 1 (Decree 07/2021): a working-age member is unemployed or works for wages without a labour contract. */
export function employmentDeprivation(): IndicatorPredicate {
  return (input) => anyMember(input, (m) => isWorkingAge(m.ageMonths, m.facts.sex, input.referenceYear), (m) => lacksSecureWork(m.facts));
}

function lacksSecureWork(member: MemberFacts): Tri {
  switch (member.employment) {
    case null:
      return null;
    case 'unemployed':
      return true;
    case 'wage':
      return not3(member.labourContract);
    case 'self_employed':
    case 'not_working':
      return false;
  }
}

/** Who counts as a dependant, and the share of members above which a household is deprived. */
export type DependantRule = {
  readonly childBelowAge: number;
  readonly elderlyFromAge: number;
  /** Deprived when dependants / members is strictly more than numerator / denominator. */
  readonly moreThan: { readonly numerator: number; readonly denominator: number };
};

/** Indicator 2 (Decree 07/2021): dependants (children, the elderly, the severely disabled unable to
 * work) are more than half of the members. Compared in integers: 1 of 2 is not more than half. */
export function dependantsDeprivation(rule: DependantRule): IndicatorPredicate {
  return ({ members }) => {
    if (members.length === 0) return null;
    const verdicts = members.map((m): Tri => {
      if (m.age === null) return null;
      if (m.age < rule.childBelowAge || m.age >= rule.elderlyFromAge) return true;
      return m.facts.severeDisability;
    });
    const known = verdicts.filter((v) => v === true).length;
    const unknown = verdicts.filter((v) => v === null).length;
    const exceeds = (dependants: number) => dependants * rule.moreThan.denominator > members.length * rule.moreThan.numerator;
    if (exceeds(known)) return true;
    return exceeds(known + unknown) ? null : false;
  };
}
