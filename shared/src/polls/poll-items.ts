import type { SurveyDefinition } from '../api/survey-contracts';
import type { PollItemRef } from './poll-rates';

/** The two answers of a poll item; an item left blank is counted as unanswered. */
export const SATISFIED = 'satisfied';
export const NOT_SATISFIED = 'not_satisfied';
export const POLL_ANSWER_LABELS_VI = { [SATISFIED]: 'Hài lòng', [NOT_SATISFIED]: 'Không hài lòng' } as const;
export type PollAnswer = typeof SATISFIED | typeof NOT_SATISFIED;

/** Names of the standard questionnaire: `item_1`…`item_N` per criterion, `overall`, `proposals`. */
export const OVERALL_ITEM = 'overall';
export const PROPOSALS_FIELD = 'proposals';
export const itemName = (criterion: number) => `item_${criterion}`;

export type PollItem = PollItemRef & { title: string };

type Element = { type?: unknown; name?: unknown; title?: unknown; choices?: unknown; elements?: unknown; templateElements?: unknown };

/**
 * The poll items of any version of a poll form, admin-adapted ones included: every radiogroup
 * whose choices are exactly "satisfied" and "not satisfied", in the order of the form. Read from
 * the JSON so results never depend on the standard form's item list.
 */
export function pollItemsOf(definition: SurveyDefinition): PollItem[] {
  const pages = Array.isArray(definition.pages) ? (definition.pages as Element[]) : [definition as Element];
  return pages.flatMap((page) => itemsIn(page.elements));
}

function itemsIn(elements: unknown): PollItem[] {
  if (!Array.isArray(elements)) return [];
  return (elements as Element[]).flatMap((element) => {
    if (element.type === 'panel') return itemsIn(element.elements);
    if (element.type !== 'radiogroup' || typeof element.name !== 'string' || !hasPollChoices(element.choices)) return [];
    const number = /^item_(\d+)$/.exec(element.name)?.[1];
    return [{ name: element.name, title: textOf(element.title) ?? element.name, number: number ? Number(number) : null, overall: element.name === OVERALL_ITEM }];
  });
}

function hasPollChoices(choices: unknown): boolean {
  if (!Array.isArray(choices) || choices.length !== 2) return false;
  const values = choices.map((choice) => (typeof choice === 'object' && choice !== null ? (choice as { value?: unknown }).value : choice));
  return values.includes(SATISFIED) && values.includes(NOT_SATISFIED);
}

/** A SurveyJS title: plain text, or localised text (`{ default, vi }`). */
function textOf(title: unknown): string | null {
  if (typeof title === 'string') return title;
  if (typeof title === 'object' && title !== null) {
    const localised = title as Record<string, unknown>;
    const text = localised.vi ?? localised.default;
    return typeof text === 'string' ? text : null;
  }
  return null;
}
