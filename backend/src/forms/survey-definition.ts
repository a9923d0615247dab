import type { FieldError, SurveyDefinition } from '@ntm/shared';
import { type JsonError, Model, type Question, QuestionNonValue } from 'survey-core';
import 'survey-core/i18n/vietnamese';

/** Vietnamese is the product's language; survey-core's own messages follow the model's locale. */
export const SURVEY_LOCALE = 'vi';

/** A survey-core model for a stored definition, in Vietnamese. */
export function buildModel(definition: SurveyDefinition): Model {
  const model = new Model(definition);
  model.locale = SURVEY_LOCALE;
  return model;
}

/** What keeps SurveyJS from loading a definition, or stops it from being a usable form; empty when fine. */
export function definitionProblems(definition: SurveyDefinition): FieldError[] {
  let model: Model;
  try {
    model = buildModel(definition);
  } catch (error) {
    return [{ field: 'definition', reason: `SurveyJS cannot load this JSON: ${(error as Error).message}` }];
  }
  const problems = model.jsonErrors?.map((e) => ({ field: 'definition', reason: describeJsonError(e) })) ?? [];
  // HTML, image and expression elements are questions to SurveyJS, but a form of only those collects nothing.
  if (!model.getAllQuestions(false, false, true).some((q) => q.hasInput)) problems.push({ field: 'definition', reason: 'the form has no question' });
  // HTML and image elements store no answer, so they may share a name.
  for (const name of duplicateValueNames(model.getAllQuestions().filter((q) => !(q instanceof QuestionNonValue)))) {
    problems.push({ field: 'definition', reason: `two questions store their answer under "${name}"` });
  }
  return problems;
}

/** survey-core's messages do not say which element is wrong ("The property type is incorrect…"); the
 * admin needs the element's name and type to find it in a long form. */
function describeJsonError(error: JsonError): string {
  const element = error.jsonObj as { name?: unknown; type?: unknown } | undefined;
  if (typeof element?.name !== 'string') return error.getFullDescription();
  const type = typeof element.type === 'string' ? `, type "${element.type}"` : '';
  return `${error.getFullDescription()} (element "${element.name}"${type})`;
}

function duplicateValueNames(questions: Question[]): string[] {
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  for (const question of questions) {
    const name = question.getValueName();
    if (seen.has(name)) duplicates.add(name);
    seen.add(name);
  }
  return [...duplicates];
}
