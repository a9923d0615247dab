import type { SurveyDefinition } from '../api/survey-contracts';
import {
  SATISFACTION_POLL_2021_FORM,
  SATISFACTION_POLL_2021_TITLE,
  SATISFACTION_POLL_2026_FORM,
  SATISFACTION_POLL_2026_TITLE,
} from '../polls/satisfaction-poll-forms';
import { HOUSEHOLD_REVIEW_FORM, HOUSEHOLD_REVIEW_FORM_KEY, HOUSEHOLD_REVIEW_FORM_TITLE } from './household-review-form';
import { SAMPLE_HOUSEHOLD_FORM } from './sample-household-form';

/** A form shipped with the product; installed (published, owned by the national root) when its
 * key and version are missing from the database. A changed form ships as a higher version. */
export type StandardForm = { key: string; title: string; version: number; definition: SurveyDefinition };

export const STANDARD_FORMS: readonly StandardForm[] = [
  { key: 'sample-household', title: 'Phiếu mẫu: thông tin hộ gia đình', version: 1, definition: SAMPLE_HOUSEHOLD_FORM },
  { key: 'satisfaction-poll-2026', title: SATISFACTION_POLL_2026_TITLE, version: 1, definition: SATISFACTION_POLL_2026_FORM },
  { key: 'satisfaction-poll-2021', title: SATISFACTION_POLL_2021_TITLE, version: 1, definition: SATISFACTION_POLL_2021_FORM },
  { key: HOUSEHOLD_REVIEW_FORM_KEY, title: HOUSEHOLD_REVIEW_FORM_TITLE, version: 1, definition: HOUSEHOLD_REVIEW_FORM },
];
