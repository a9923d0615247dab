import type { Model, Question, QuestionPanelDynamicModel } from 'survey-core';
import type { FieldError } from '@ntm/shared';

/** `members[1].birth_year`: question `birth_year` of the second panel of roster `members`. */
const ROSTER_FIELD = /^([^[\]]+)\[(\d+)\]\.(.+)$/;

function questionOf(model: Model, field: string): Question | null {
  const match = ROSTER_FIELD.exec(field);
  if (!match) return model.getQuestionByName(field) ?? null;
  const [, rosterName = '', index, name = ''] = match;
  const roster = model.getQuestionByName(rosterName);
  if (roster?.getType() !== 'paneldynamic') return null;
  return (roster as QuestionPanelDynamicModel).panels[Number(index)]?.getQuestionByName(name) ?? null;
}

/** Puts the server's reasons on their questions and focuses the first; returns the fields shown. */
export function showServerErrors(model: Model, details: readonly FieldError[]): string[] {
  const shown: Question[] = [];
  const fields: string[] = [];
  for (const { field, reason } of details) {
    const question = questionOf(model, field);
    if (!question?.isVisible) continue;
    question.addError(reason);
    shown.push(question);
    fields.push(field);
  }
  shown[0]?.focus(true);
  return fields;
}

/** The answers to send: hidden questions' values are dropped, as SurveyJS does on completion. */
export function answersOf(model: Model): Record<string, unknown> {
  for (const question of model.getAllQuestions()) question.clearValueIfInvisible('onComplete');
  return model.data as Record<string, unknown>;
}
