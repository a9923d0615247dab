import type { Choice } from '../../poverty/vocabulary/choice';

/** Small builders for the review form's SurveyJS elements, so every question of a kind is written the same way. */
export type SurveyElement = Record<string, unknown>;

export const choicesOf = (choices: readonly Choice[]) => choices.map(({ value, text }) => ({ value, text }));

export const choicesOfLabels = (labels: Readonly<Record<string, string>>) => Object.entries(labels).map(([value, text]) => ({ value, text }));

export function yesNo(name: string, title: string, extra: SurveyElement = {}): SurveyElement {
  return { type: 'boolean', name, title, labelTrue: 'Có', labelFalse: 'Không', isRequired: true, ...extra };
}

export function singleChoice(type: 'radiogroup' | 'dropdown', name: string, title: string, choices: readonly Choice[], extra: SurveyElement = {}): SurveyElement {
  return { type, name, title, choices: choicesOf(choices), isRequired: true, ...extra };
}

/** A checklist with an exclusive "none" item (stored as 'none'), so that "nothing applies" is an answer, not a blank. */
export function checklist(name: string, title: string, choices: readonly Choice[], noneText: string, extra: SurveyElement = {}): SurveyElement {
  return { type: 'checkbox', name, title, choices: choicesOf(choices), showNoneItem: true, noneText, isRequired: true, ...extra };
}

/** A whole number of đồng (or of anything counted), never negative. */
export function wholeNumber(name: string, title: string, max: number, extra: SurveyElement = {}): SurveyElement {
  return {
    type: 'text',
    name,
    title,
    inputType: 'number',
    min: 0,
    max,
    isRequired: true,
    validators: [{ type: 'regex', regex: '^[0-9]+$', text: 'Nhập số nguyên không âm.' }],
    ...extra,
  };
}
