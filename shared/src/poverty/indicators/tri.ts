import type { IndicatorInput, MemberView, Tri } from './indicator';

// Three-valued (Kleene) logic over facts that may be missing: null = unknown.

/** Kleene conjunction: false wins over unknown. */
export function and3(a: Tri, b: Tri): Tri {
  if (a === false || b === false) return false;
  return a === null || b === null ? null : true;
}

export function not3(a: Tri): Tri {
  return a === null ? null : !a;
}

/** Kleene disjunction: true wins over unknown. */
export function any3(values: Iterable<Tri>): Tri {
  let unknown = false;
  for (const value of values) {
    if (value === true) return true;
    if (value === null) unknown = true;
  }
  return unknown ? null : false;
}

/** Whether a member's age (whole years) is in [from, below); unknown without a birth date. */
export function ageIn(member: MemberView, from: number, below: number): Tri {
  return member.age === null ? null : member.age >= from && member.age < below;
}

/** Deprived when some member to whom the rule applies fails it; unknown only when a missing fact could still decide. */
export function anyMember(input: IndicatorInput, applies: (m: MemberView) => Tri, fails: (m: MemberView) => Tri): Tri {
  return any3(input.members.map((member) => and3(applies(member), fails(member))));
}

/** Whether a recorded choice is one of `set`, unknown when not recorded. */
export function within(value: string | null, set: ReadonlySet<string>): Tri {
  return value === null ? null : set.has(value);
}
