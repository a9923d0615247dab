/** One answer option of the review form: a stable English value (the facts' key) and its Vietnamese text. */
export type Choice<V extends string = string> = { readonly value: V; readonly text: string };

/** A choice the rules sort into one of two kinds (durable material, clean water source, …). */
export type RatedChoice<V extends string = string> = Choice<V> & { readonly meets: boolean };

/** The values that meet the rule, for a quick membership test. */
export function valuesMeeting<V extends string>(choices: readonly RatedChoice<V>[]): ReadonlySet<string> {
  return new Set(choices.filter((choice) => choice.meets).map((choice) => choice.value));
}

export function isChoiceValue<V extends string>(choices: readonly Choice<V>[], value: unknown): value is V {
  return choices.some((choice) => choice.value === value);
}
