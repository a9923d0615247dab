import { Injectable } from '@nestjs/common';
import type { FieldError, SurveyDefinition } from '@ntm/shared';
import type { Model, PanelModel, Question, QuestionPanelDynamicModel } from 'survey-core';
import { buildModel } from '../../forms/survey-definition';
import { ANSWER_MESSAGES, type AnswerRule } from './answer-messages';
import { valueTypeProblem } from './answer-value-type';

const MAX_CACHED_MODELS = 200;
type Answers = Record<string, unknown>;
const isRecord = (value: unknown) => typeof value === 'object' && value !== null && !Array.isArray(value);
/** Finds the question that stores a value name: in the survey, or in one panel of a roster. */
type Lookup = (name: string) => Question | null;

/**
 * Checks answers against the form version they were filled on, with the rules the browser
 * applied, using survey-core models that are built once and reused. Building a roster member's
 * panel is by far survey-core's slowest step, so a version keeps one model per roster shape (the
 * member count of each roster): a household of six is checked on a model that already has six
 * panels. Validation is synchronous, so no two requests ever share a model at the same time.
 */
@Injectable()
export class AnswerValidator {
  private readonly models = new Map<string, Model>();

  /** Problems with `answers`; a draft is only checked for unknown questions and value types. */
  problems(versionId: string, definition: SurveyDefinition, answers: Answers, complete: boolean): FieldError[] {
    const model = this.model(`${versionId}|${rosterShape(answers)}`, definition);
    assignAnswers(model, answers);
    const problems = checkValues((name) => model.getQuestionByValueName(name), answers, '', complete);
    if (complete) problems.push(...surveyErrors(model));
    return problems;
  }

  private model(key: string, definition: SurveyDefinition): Model {
    let model = this.models.get(key);
    if (model) {
      this.models.delete(key);
    } else {
      if (this.models.size >= MAX_CACHED_MODELS) this.models.delete(this.models.keys().next().value!);
      model = buildModel(definition);
    }
    this.models.set(key, model);
    return model;
  }
}

function rosterShape(answers: Answers): string {
  return Object.entries(answers)
    .filter(([, value]) => Array.isArray(value) && value.length > 0 && value.every(isRecord))
    .map(([name, value]) => `${name}=${(value as unknown[]).length}`)
    .join(',');
}

/** Replaces the model's values one by one: unlike `model.data = …`, this keeps the roster panels
 * that are already there. The answers are copied because survey-core may correct values in place. */
function assignAnswers(model: Model, answers: Answers): void {
  const copy = structuredClone(answers);
  for (const name of Object.keys(model.data)) if (!(name in copy)) model.clearValue(name);
  for (const [name, value] of Object.entries(copy)) model.setValue(name, value);
}

/** Every answered key must be a question of the form (shown, when the form is complete) with a value of its type. */
function checkValues(lookup: Lookup, values: Answers, prefix: string, complete: boolean): FieldError[] {
  const problems: FieldError[] = [];
  for (const [name, value] of Object.entries(values)) {
    const field = `${prefix}${name}`;
    const question = lookup(name) ?? commentOwner(lookup, name);
    if (!question) {
      problems.push(problem(field, 'unknown'));
    } else if (complete && !question.isVisibleInSurvey) {
      problems.push(problem(field, 'hidden'));
    } else if (question.getValueName() === name && value !== null && value !== undefined) {
      const rule = valueTypeProblem(question, value);
      if (rule) problems.push(problem(field, rule));
      else if (question.getType() === 'paneldynamic') problems.push(...checkRoster(question as QuestionPanelDynamicModel, value as Answers[], field, complete));
    }
  }
  return problems;
}

/** survey-core keeps at least `minPanelCount` panels on screen but accepts a shorter array as data. */
function checkRoster(roster: QuestionPanelDynamicModel, items: Answers[], field: string, complete: boolean): FieldError[] {
  if (complete && items.length < roster.minPanelCount) return [problem(field, 'min_items')];
  if (items.length > roster.maxPanelCount) return [problem(field, 'max_items')];
  return items.flatMap((item, index) => {
    const panel = roster.panels[index];
    if (!panel) return [problem(`${field}[${index}]`, 'unknown')];
    // survey-core's own lookup inside a panel walks its elements on every call.
    const byName = new Map(panel.questions.map((question) => [question.getValueName(), question]));
    return checkValues((name) => byName.get(name) ?? null, item, `${field}[${index}].`, complete);
  });
}

/** `q-Comment` keys hold the comment of a question with a comment or "other" box. */
function commentOwner(lookup: Lookup, name: string): Question | null {
  const suffix = '-Comment';
  if (!name.endsWith(suffix)) return null;
  const owner = lookup(name.slice(0, -suffix.length));
  return owner && (owner.showCommentArea || (owner as Question & { showOtherItem?: boolean }).showOtherItem) ? owner : null;
}

/** survey-core's own checks (required, requiredIf, ranges, lengths, validators) on what is shown. */
function surveyErrors(model: Model): FieldError[] {
  // Checking without marking the questions first is cheaper; messages are gathered only on failure.
  if (model.validate(false, false)) return [];
  model.validate(true, false);
  const problems: FieldError[] = model
    .getAllQuestions(true, false, true)
    .flatMap((question) => question.errors.map((error) => ({ field: fieldOf(question), reason: error.getText(), rule: error.getErrorType() })));
  if (problems.length === 0) problems.push(problem('', 'invalid'));
  return problems;
}

/** `members[1].birth_year` for a question inside a roster, the value name otherwise. */
function fieldOf(question: Question): string {
  const roster = question.parentQuestion as QuestionPanelDynamicModel | null;
  if (roster?.getType() !== 'paneldynamic') return question.getValueName();
  return `${fieldOf(roster)}[${roster.panels.indexOf(question.parent as PanelModel)}].${question.getValueName()}`;
}

function problem(field: string, rule: AnswerRule): FieldError {
  return { field, reason: ANSWER_MESSAGES[rule], rule };
}
