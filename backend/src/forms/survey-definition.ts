import type { FieldError, SurveyDefinition } from '@ntm/shared';
import { Model, type Question } from 'survey-core';
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
  const problems = model.jsonErrors?.map((e) => ({ field: 'definition', reason: e.getFullDescription() })) ?? [];
  const questions = model.getAllQuestions(false, false, true);
  if (questions.length === 0) problems.push({ field: 'definition', reason: 'the form has no question' });
  for (const name of duplicateValueNames(model.getAllQuestions())) {
    problems.push({ field: 'definition', reason: `two questions store their answer under "${name}"` });
  }
  return problems;
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
