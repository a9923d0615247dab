import type { Model } from 'survey-core';
import {
  type CampaignDto,
  HOUSEHOLD_REVIEW_FORM_KEY,
  isReviewedKind,
  povertyStandardForYear,
  type ProxyScoringTable,
  type ResidenceArea,
  type ReviewContext,
} from '@ntm/shared';

/** Answers the poverty rules cannot do without: a form that has them all is read as a review form. */
const RULE_ANSWERS = ['reference_date', 'members', 'income_method'] as const;

/** Whether the poverty rules understand this form's answers: the standard review form, or a copy of it. */
export function rulesReadForm(formKey: string, model: Model): boolean {
  return formKey === HOUSEHOLD_REVIEW_FORM_KEY || RULE_ANSWERS.every((name) => model.getQuestionByName(name));
}

/** What a household's answers are classified under in this campaign and village: the review year, the
 * village's area, the campaign's reference date and the village's B1 table, exactly as the server
 * classifies the submitted form. Null while the area or the table is not known yet, for campaigns that
 * are not household reviews or income surveys, and for a year no standard covers. */
export function liveReviewContext(campaign: CampaignDto, area: ResidenceArea | undefined, proxyTable: ProxyScoringTable | undefined): ReviewContext | null {
  if (!area || !proxyTable || !isReviewedKind(campaign.kind) || !povertyStandardForYear(campaign.year)) return null;
  return { reviewYear: campaign.year, area, referenceDate: campaign.referenceDate, proxyTable };
}
