import { randomUUID } from 'node:crypto';
import { assessHouseholdReview, HOUSEHOLD_REVIEW_FORM, SAMPLE_REVIEW_MEMBERS, sampleHouseholdReviewAnswers } from '@ntm/shared';
import { definitionProblems } from '../src/forms/survey-definition';
import { AnswerValidator } from '../src/responses/validation/answer-validator';
import { assign, buildCampaign, createHousehold, householdReviewVersionId } from './support/survey-fixtures';
import { bearer, login, startTestApp, type TestApp } from './support/test-app';

const [head, spouse, child] = SAMPLE_REVIEW_MEMBERS;
const validator = new AnswerValidator();
const problems = (overrides: Record<string, unknown> = {}) =>
  validator
    .problems('household-review-1', HOUSEHOLD_REVIEW_FORM, sampleHouseholdReviewAnswers(overrides), true)
    .map(({ field, rule }) => `${field}:${rule}`)
    .sort();
/** The sample roster with the child replaced (ages on the reference date 2025-11-15). */
const withChild = (member: Record<string, unknown>) => ({ members: [head, spouse, member] });

describe('the standard household review form', () => {
  it('loads in SurveyJS without problems', () => {
    expect(definitionProblems(HOUSEHOLD_REVIEW_FORM)).toEqual([]);
  });

  it('accepts the complete answers of a poor household with three deprivations', () => {
    expect(problems()).toEqual([]);
    expect(assessHouseholdReview(sampleHouseholdReviewAnswers(), { reviewYear: 2025, area: 'rural', referenceDate: '2025-11-15' })).toMatchObject({
      povertyClass: 'poor',
      deprived: ['water', 'latrine', 'telecom'],
    });
  });

  it('asks roster questions at the ages the rules read them, counted on the reference date', () => {
    // Born 2019-11-15: 6 on 2025-11-15, insurance asked; born 2019-11-16: 5, not asked.
    const six = { full_name: 'Giàng Thị Dung', sex: 'female', birth_date: '2019-11-15', relation: 'child', school_attendance: 'right_level', malnourished: false };
    expect(problems(withChild(six))).toEqual(['members[2].health_insurance:required']);
    expect(problems(withChild({ ...six, birth_date: '2019-11-16', health_insurance: true }))).toEqual(['members[2].health_insurance:hidden']);
    // Born 2025-06-01: 0, only nutrition asked (0 is an age, not a blank).
    expect(problems(withChild({ full_name: 'Giàng A Tú', sex: 'male', birth_date: '2025-06-01', relation: 'child' }))).toEqual(['members[2].malnourished:required']);
    // Born 2007-11-15: 18, asked about training; the diploma only when not in training.
    const adult = { full_name: 'Giàng A Lử', sex: 'male', birth_date: '2007-11-15', relation: 'child', health_insurance: true, employment: 'wage', labour_contract: false, severe_disability: false };
    expect(problems(withChild(adult))).toEqual(['members[2].in_education:required']);
    expect(problems(withChild({ ...adult, in_education: false }))).toEqual(['members[2].diploma:required']);
    expect(problems(withChild({ ...adult, in_education: true }))).toEqual([]);
    expect(problems(withChild({ ...adult, in_education: true, employment: 'self_employed' }))).toEqual(['members[2].labour_contract:hidden']);
    // A birth date after the reference date is refused (survey-core reports its maximum as "custom").
    expect(problems(withChild({ ...child, birth_date: '2026-01-01' }))).toEqual(['members[2].birth_date:custom', 'members[2].health_insurance:hidden', 'members[2].school_attendance:hidden']);
  });

  it('asks the loudspeaker only of a household without any device, and whole đồng for income', () => {
    expect(problems({ info_devices: ['none'] })).toEqual(['hears_loudspeaker:required']);
    expect(problems({ info_devices: ['none'], hears_loudspeaker: true })).toEqual([]);
    // The whole-number check is a regex validator, which survey-core reports as "custom".
    expect(problems({ income_crops: 30_000_000.5 })).toEqual(['income_crops:custom']);
    expect(problems({ income_method: 'proxy' })).toEqual(expect.arrayContaining(['income_crops:hidden', 'proxy_assets:required', 'proxy_cattle:required']));
  });

  it('takes a screened-out household with only the screening answered', () => {
    const answers = { reference_date: '2025-11-15', screening_signs: ['car'] };
    expect(validator.problems('household-review-1', HOUSEHOLD_REVIEW_FORM, answers, true)).toEqual([]);
    expect(validator.problems('household-review-1', HOUSEHOLD_REVIEW_FORM, { ...answers, water_source: 'piped' }, true).map((p) => p.field)).toEqual(['water_source']);
  });

  describe('installed with the database', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp('demo');
    });
    afterAll(() => t.close());

    it('is published as household-review version 1 and takes the sample answers through the API', async () => {
      const admin = await login(t, 'admin');
      const campaignId = await buildCampaign(t, admin, await householdReviewVersionId(t), { year: 2025, name: 'Rà soát hộ nghèo 2025' });
      await assign(t, admin, campaignId);
      const res = await t
        .api()
        .put(`/api/campaigns/${campaignId}/responses/${randomUUID()}`)
        .set(bearer(await login(t, 'enumerator')))
        .send({ unitCode: '02839-01', householdId: await createHousehold(t), status: 'submitted', answers: sampleHouseholdReviewAnswers() });
      expect([res.status, res.body.details]).toEqual([201, undefined]);
    });
  });
});
