import type { PovertyStandard } from '../poverty/standard';
import { POVERTY_STANDARDS } from '../poverty/standards/standards';
import { HOUSEHOLD_MOVEMENT_LABELS_VI, HOUSEHOLD_MOVEMENTS, type HouseholdMovement } from '../poverty-review/household-movement';

export type LabelledIndicator = { id: string; label: string };

/** An indicator's Vietnamese name: from `first` (the standard the household was assessed under)
 * when it has it, else from the newest standard that has it; the id itself when none does. */
export function indicatorLabelVi(id: string, first?: PovertyStandard | null): string {
  for (const standard of [...(first ? [first] : []), ...[...POVERTY_STANDARDS].reverse()]) {
    const found = standard.indicators.find((indicator) => indicator.id === id);
    if (found) return found.label;
  }
  return id;
}

/** Indicator ids with their Vietnamese names, as `indicatorLabelVi` finds them. */
export function labelIndicators(ids: readonly string[], standard?: PovertyStandard | null): LabelledIndicator[] {
  return ids.map((id) => ({ id, label: indicatorLabelVi(id, standard) }));
}

/** A recognised movement's Vietnamese name (newly poor, escaped…); the key itself when unknown. */
export function movementLabelVi(movement: string): string {
  return HOUSEHOLD_MOVEMENT_LABELS_VI[movement as HouseholdMovement] ?? movement;
}

/** Keys in a vocabulary's order (indicators as the decree lists them, movements as the lists do),
 * keys the vocabulary does not know last, alphabetically. */
export function inVocabularyOrder(keys: Iterable<string>, vocabulary: readonly string[]): string[] {
  const rank = (key: string) => {
    const index = vocabulary.indexOf(key);
    return index === -1 ? vocabulary.length : index;
  };
  return [...new Set(keys)].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

/** The movements a row counts, in the order of the recognition lists. */
export function movementKeysOf(movements: Record<string, number>): string[] {
  return inVocabularyOrder(Object.keys(movements), HOUSEHOLD_MOVEMENTS);
}
