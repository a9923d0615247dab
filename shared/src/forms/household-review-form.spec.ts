import { INCOME_ANSWER_NAMES, MEMBER_ANSWER_NAMES, REVIEW_ANSWER_NAMES } from '../poverty/review/review-answers';
import { FRAME_MATERIALS, ROOF_MATERIALS, WALL_MATERIALS } from '../poverty/vocabulary/housing';
import { LATRINE_TYPES, WATER_SOURCES } from '../poverty/vocabulary/water-sanitation';
import { HOUSEHOLD_REVIEW_FORM } from './household-review-form';
import { STANDARD_FORMS } from './standard-forms';

type Element = { type: string; name: string; title?: string; isRequired?: boolean; visibleIf?: string; choices?: { value: string }[]; elements?: Element[]; templateElements?: Element[] };

const pages = HOUSEHOLD_REVIEW_FORM.pages as Element[];
const flatten = (elements: Element[]): Element[] => elements.flatMap((e) => (e.type === 'panel' ? flatten(e.elements ?? []) : [e]));
const rootQuestions = flatten(pages.flatMap((page) => page.elements ?? [])).filter((e) => e.type !== 'html');
const memberQuestions = rootQuestions.find((e) => e.name === 'members')!.templateElements!;
const byName = (name: string) => [...rootQuestions, ...memberQuestions].find((e) => e.name === name)!;
const OPTIONAL = ['member_id', 'age', 'social_allowance', 'waste_disposal', 'digital_services', 'notes'];

describe('the household review form', () => {
  it('is a standard form, household-review version 1', () => {
    expect(STANDARD_FORMS.find((form) => form.key === 'household-review')).toMatchObject({ version: 1, title: 'Phiếu rà soát hộ nghèo, hộ cận nghèo' });
  });

  it('stores its answers under exactly the names the rules read', () => {
    expect(rootQuestions.map((e) => e.name).sort()).toEqual([...REVIEW_ANSWER_NAMES].sort());
    expect(memberQuestions.map((e) => e.name).sort()).toEqual([...MEMBER_ANSWER_NAMES].sort());
    expect(Object.values(INCOME_ANSWER_NAMES)).toEqual(['income_wages', 'income_crops', 'income_livestock', 'income_forestry', 'income_fishery', 'income_business', 'income_other']);
  });

  it('offers the choices the rules sort (durable materials, clean water, hygienic latrines)', () => {
    const values = (name: string) => byName(name).choices!.map((c) => c.value);
    expect(values('wall_material')).toEqual(WALL_MATERIALS.map((c) => c.value));
    expect(values('frame_material')).toEqual(FRAME_MATERIALS.map((c) => c.value));
    expect(values('roof_material')).toEqual(ROOF_MATERIALS.map((c) => c.value));
    expect(values('water_source')).toEqual(WATER_SOURCES.map((c) => c.value));
    expect(values('latrine_type')).toEqual(LATRINE_TYPES.map((c) => c.value));
  });

  it('requires every answer the rules need and titles every question in Vietnamese', () => {
    for (const question of [...rootQuestions, ...memberQuestions]) {
      expect([question.name, Boolean(question.isRequired)]).toEqual([question.name, !OPTIONAL.includes(question.name)]);
      expect(question.title).toMatch(/\p{L}/u);
    }
  });

  it('hides everything after the screening once a clear non-poor sign is ticked', () => {
    expect(pages.slice(1).every((page) => page.visibleIf === "{screening_signs} empty or {screening_signs} contains 'none'")).toBe(true);
  });
});
