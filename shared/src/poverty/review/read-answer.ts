import { parseIsoDate } from '../dates';
import { type Choice, isChoiceValue } from '../vocabulary/choice';

/** Readers that turn a stored answer into a fact, or null when it is missing or not of the expected kind. */
export const readBoolean = (value: unknown): boolean | null => (typeof value === 'boolean' ? value : null);

export const readNumber = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);

export const readText = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null);

export const readDate = (value: unknown): string | null => (parseIsoDate(value) ? (value as string) : null);

export function readChoice<V extends string>(choices: readonly Choice<V>[], value: unknown): V | null {
  return isChoiceValue(choices, value) ? value : null;
}

/** The form's "none of these" item of a checkbox question. */
export const NONE_ITEM = 'none';

/** A checkbox answer: ['none'] is an empty list (none applies); nothing ticked, or an unknown value, is unknown. */
export function readList<V extends string>(choices: readonly Choice<V>[], value: unknown): V[] | null {
  if (!Array.isArray(value) || value.length === 0) return null;
  const items = value.filter((item) => item !== NONE_ITEM);
  return items.every((item) => isChoiceValue(choices, item)) ? (items as V[]) : null;
}
