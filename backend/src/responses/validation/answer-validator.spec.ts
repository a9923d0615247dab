import { SAMPLE_HOUSEHOLD_FORM } from '@ntm/shared';
import { AnswerValidator } from './answer-validator';

const valid = () => ({
  head_name: 'Vàng A Chứ',
  member_count: 1,
  members: [{ full_name: 'Vàng A Chứ', sex: 'male', birth_year: 1970, has_health_insurance: true }],
  water_source: 'piped',
  has_latrine: false,
});

describe('AnswerValidator', () => {
  it('reuses one model per version without carrying answers from one call to the next', () => {
    const validator = new AnswerValidator();
    const broken = { ...valid(), members: [{ sex: 'x' }, { full_name: 'B', sex: 'female', birth_year: 1800, has_health_insurance: true }] };
    expect(validator.problems('v1', SAMPLE_HOUSEHOLD_FORM, broken, true).map((p) => p.field).sort()).toEqual([
      'members[0].birth_year',
      'members[0].full_name',
      'members[0].has_health_insurance',
      'members[0].sex',
      'members[0].sex',
      'members[1].birth_year',
    ]);
    expect(validator.problems('v1', SAMPLE_HOUSEHOLD_FORM, valid(), true)).toEqual([]);
    expect(validator.problems('v1', SAMPLE_HOUSEHOLD_FORM, { ...valid(), has_latrine: true }, true)).toEqual([
      { field: 'latrine_type', reason: 'Vui lòng trả lời câu hỏi.', rule: 'required' },
    ]);
  });

  it('leaves the answers it checks untouched', () => {
    const answers = valid();
    const copy = structuredClone(answers);
    new AnswerValidator().problems('v1', SAMPLE_HOUSEHOLD_FORM, answers, true);
    expect(answers).toEqual(copy);
  });
});
