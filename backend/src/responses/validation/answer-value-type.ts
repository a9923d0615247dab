import type { Question, QuestionBooleanModel, QuestionRatingModel, QuestionSelectBase } from 'survey-core';
import type { AnswerRule } from './answer-messages';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const isRecord = (value: unknown) => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The rule a stored value breaks for its question's type, or null. survey-core checks ranges,
 * lengths and required answers; it does not refuse a string in a number box or an unknown choice. */
export function valueTypeProblem(question: Question, value: unknown): AnswerRule | null {
  switch (question.getType()) {
    case 'text':
      return textProblem(question.inputType as string, value);
    case 'comment':
      return typeof value === 'string' ? null : 'text';
    case 'boolean':
      return booleanProblem(question as QuestionBooleanModel, value);
    case 'radiogroup':
    case 'dropdown':
    case 'imagepicker':
      return inChoices(question as QuestionSelectBase, [value]);
    case 'checkbox':
    case 'tagbox':
    case 'ranking':
      return Array.isArray(value) ? inChoices(question as QuestionSelectBase, value) : 'list';
    case 'rating':
      return (question as QuestionRatingModel).visibleRateValues.some((item) => item.value === value) ? null : 'choice';
    case 'paneldynamic':
      return Array.isArray(value) && value.every(isRecord) ? null : 'list';
    case 'matrixdynamic':
      return Array.isArray(value) ? null : 'list';
    case 'matrix':
    case 'matrixdropdown':
    case 'multipletext':
      return isRecord(value) ? null : 'record';
    default:
      return null;
  }
}

function textProblem(inputType: string, value: unknown): AnswerRule | null {
  switch (inputType) {
    case 'number':
    case 'range':
      return typeof value === 'number' && Number.isFinite(value) ? null : 'number';
    case 'date':
      return typeof value === 'string' && DATE.test(value) ? null : 'date';
    default:
      return typeof value === 'string' || typeof value === 'number' ? null : 'text';
  }
}

function booleanProblem(question: QuestionBooleanModel, value: unknown): AnswerRule | null {
  const allowed = [question.valueTrue ?? true, question.valueFalse ?? false];
  return allowed.includes(value as never) ? null : 'boolean';
}

/** Choices loaded from a URL are not known to the server, so they are left to the client. */
function inChoices(question: QuestionSelectBase, values: unknown[]): AnswerRule | null {
  if (question.choicesByUrl?.url) return null;
  const allowed = new Set(question.visibleChoices.map((choice) => choice.value as unknown));
  return values.every((value) => allowed.has(value)) ? null : 'choice';
}
