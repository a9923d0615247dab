import type { HouseholdAssessment, TraceLine } from '../assessment';
import { classifyHousehold } from '../classify-household';
import { parseIsoDate } from '../dates';
import type { ProxyScoringTable } from '../income/proxy-score';
import type { ResidenceArea } from '../standard';
import { povertyStandardForYear } from '../standards/standards';
import { householdFactsFromAnswers } from './household-facts-from-answers';
import { readDate } from './read-answer';
import type { ReviewAnswers } from './review-answers';

export type ReviewContext = {
  readonly reviewYear: number;
  readonly area: ResidenceArea;
  /** YYYY-MM-DD; ages are taken on it. The form's `reference_date` question should hold the same date. */
  readonly referenceDate: string;
  /** The region's B1 table; the default table (to be confirmed) when absent. */
  readonly proxyTable?: ProxyScoringTable;
};

/** The date a campaign's review forms take ages on: the day the review opens, one date for the whole
 * campaign, known before any form is filled. The server and the form runner both read it from here. */
export function reviewReferenceDate(campaign: { readonly opensOn: string }): string {
  return campaign.opensOn;
}

/**
 * A review form's answers, classified under the standard of the review year: what the browser shows
 * live and what the server stores on submit. Throws a RangeError for a year no standard covers or an
 * invalid reference date: both are the caller's configuration (a campaign's year), not the household's answers.
 */
export function assessHouseholdReview(answers: ReviewAnswers, context: ReviewContext): HouseholdAssessment {
  const standard = povertyStandardForYear(context.reviewYear);
  if (!standard) throw new RangeError(`no poverty standard covers the review year ${context.reviewYear}`);
  if (!parseIsoDate(context.referenceDate)) throw new RangeError(`invalid reference date "${context.referenceDate}"`);
  const facts = householdFactsFromAnswers(answers, { referenceDate: context.referenceDate, area: context.area });
  const assessment = classifyHousehold(facts, standard, { proxyTable: context.proxyTable });
  const formDate = readDate(answers.reference_date);
  if (formDate === null || formDate === context.referenceDate) return assessment;
  // The form showed ages (and so asked its questions) as of another date: say so beside the result.
  const [first, ...rest] = assessment.trace;
  return { ...assessment, trace: [first!, referenceDateLine(formDate, context.referenceDate), ...rest] };
}

function referenceDateLine(formDate: string, referenceDate: string): TraceLine {
  return {
    rule: 'reference_date',
    value: formDate,
    threshold: referenceDate,
    outcome: 'differs',
    text: `Ngày tham chiếu trên phiếu (${formDate}) khác ngày tham chiếu của kỳ rà soát (${referenceDate}): tuổi được tính theo ngày của kỳ rà soát.`,
  };
}
