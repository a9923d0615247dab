import type { Model, Question, QuestionPanelDynamicModel } from 'survey-core';
import type { FieldError, HouseholdDto, HouseholdMemberDto } from '@ntm/shared';

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

/** Roster questions filled from the registry, by value name. */
const MEMBER_VALUES: Readonly<Record<string, (member: HouseholdMemberDto) => unknown>> = {
  member_id: (m) => m.id,
  full_name: (m) => m.fullName,
  sex: (m) => m.sex,
  birth_date: (m) => m.birthDate,
  birth_year: (m) => Number(m.birthDate.slice(0, 4)),
  relation_to_head: (m) => m.relationToHead,
  // The standard review form's name for it.
  relation: (m) => m.relationToHead,
  ethnicity: (m) => m.ethnicity,
  id_number: (m) => m.idNumber ?? undefined,
};

/** A new form's first answers, from the household of the registry it is about: the head's name
 * (`head_name`), the member count (`member_count`) and a `members` roster, for whichever of these
 * questions the form has. The enumerator checks and corrects them with the household. */
export function householdAnswers(model: Model, household: HouseholdDto): Record<string, unknown> {
  const answers: Record<string, unknown> = {};
  if (model.getQuestionByName('head_name')) answers.head_name = household.headName;
  if (model.getQuestionByName('member_count')) answers.member_count = household.members.length;
  const roster = model.getQuestionByName('members');
  if (roster?.getType() === 'paneldynamic') {
    const names = (roster as QuestionPanelDynamicModel).template.questions.map((q) => q.getValueName()).filter((name) => name in MEMBER_VALUES);
    answers.members = household.members.map((member) =>
      Object.fromEntries(names.map((name) => [name, MEMBER_VALUES[name]!(member)]).filter(([, value]) => value !== undefined)),
    );
  }
  return answers;
}
