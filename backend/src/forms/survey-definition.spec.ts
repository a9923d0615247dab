import { definitionProblems } from './survey-definition';

const page = (...elements: object[]) => ({ pages: [{ name: 'p1', elements }] });

describe('definitionProblems', () => {
  it('finds nothing wrong with a one-question form', () => {
    expect(definitionProblems(page({ type: 'text', name: 'head_name' }))).toEqual([]);
  });

  it('names the element whose type SurveyJS does not know', () => {
    expect(definitionProblems(page({ type: 'hologram', name: 'q1' }, { type: 'text', name: 'q2' }))).toEqual([
      { field: 'definition', reason: expect.stringMatching(/incorrect.*\(element "q1", type "hologram"\)$/) },
    ]);
  });

  it('counts a form of only text blocks, images and computed values as having no question', () => {
    const display = page({ type: 'html', name: 'intro', html: '<p>Xin chào</p>' }, { type: 'image', name: 'logo' }, { type: 'expression', name: 'sum', expression: '1 + 1' });
    expect(definitionProblems(display)).toEqual([{ field: 'definition', reason: 'the form has no question' }]);
  });

  it('accepts a form whose only question is a roster', () => {
    expect(definitionProblems(page({ type: 'paneldynamic', name: 'members', templateElements: [{ type: 'text', name: 'full_name' }] }))).toEqual([]);
  });

  it('refuses two questions that store their answer under one name, also through valueName', () => {
    const twice = page({ type: 'text', name: 'q1' }, { type: 'comment', name: 'q2', valueName: 'q1' });
    expect(definitionProblems(twice)).toEqual([{ field: 'definition', reason: 'two questions store their answer under "q1"' }]);
  });

  it('lets text blocks share a name, as they store no answer', () => {
    expect(definitionProblems(page({ type: 'html', name: 'note', html: 'a' }, { type: 'html', name: 'note', html: 'b' }, { type: 'text', name: 'q' }))).toEqual([]);
  });
});
