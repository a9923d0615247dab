import { Model } from 'survey-core';
import 'survey-core/i18n/vietnamese';
import type { SurveyDefinition } from '@ntm/shared';

export type LoadedSurvey = { model: Model; errors: string[] };

/**
 * Builds a survey-core model with the Vietnamese locale. `errors` lists what survey-core could
 * not understand in the JSON (unknown types or properties), so editors can show it plainly.
 */
export function loadSurvey(definition: SurveyDefinition, locale = 'vi'): LoadedSurvey {
  const model = new Model(definition);
  model.locale = typeof definition.locale === 'string' ? definition.locale : locale;
  const errors = (model.jsonErrors ?? []).map((error) => error.getFullDescription());
  if (model.getAllQuestions().length === 0) errors.push('Biểu mẫu chưa có câu hỏi nào.');
  return { model, errors };
}
