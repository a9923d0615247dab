import type { SurveyDefinition } from '../api/survey-contracts';
import { INCOME_PAGE, SOCIAL_PAGE } from './household-review/income-page';
import { HOUSING_PAGE, INFORMATION_PAGE, WATER_SANITATION_PAGE } from './household-review/living-conditions-pages';
import { MEMBERS_PAGE } from './household-review/members-page';
import { SCREENING_PAGE } from './household-review/screening-page';

export const HOUSEHOLD_REVIEW_FORM_KEY = 'household-review';
export const HOUSEHOLD_REVIEW_FORM_TITLE = 'Phiếu rà soát hộ nghèo, hộ cận nghèo';

/**
 * The standard household review form (SurveyJS): quick screening (Phiếu A), member roster, housing,
 * water and sanitation, information, income (measured or B1 proxy), livelihood and social protection.
 * It records facts only; `assessHouseholdReview` (shared/src/poverty) derives the indicators and the
 * class from its answers. Value names are listed in shared/src/poverty/review/review-answers.ts.
 */
export const HOUSEHOLD_REVIEW_FORM: SurveyDefinition = {
  locale: 'vi',
  title: HOUSEHOLD_REVIEW_FORM_TITLE,
  showQuestionNumbers: 'off',
  pages: [SCREENING_PAGE, MEMBERS_PAGE, HOUSING_PAGE, WATER_SANITATION_PAGE, INFORMATION_PAGE, INCOME_PAGE, SOCIAL_PAGE],
};
