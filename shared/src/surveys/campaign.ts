/** Kinds of campaign (đợt khảo sát): every survey of the product is a campaign of one form version. */
export const CAMPAIGN_KINDS = ['satisfaction_poll', 'household_review', 'income_survey', 'custom'] as const;
export type CampaignKind = (typeof CAMPAIGN_KINDS)[number];

export const CAMPAIGN_KIND_LABELS_VI: Readonly<Record<CampaignKind, string>> = {
  satisfaction_poll: 'Lấy ý kiến sự hài lòng của người dân',
  household_review: 'Rà soát hộ nghèo, hộ cận nghèo',
  income_survey: 'Điều tra thu nhập bình quân đầu người',
  custom: 'Khảo sát khác',
};

/** Household campaigns go through the supervisor's review; polls and custom surveys do not. */
export function isReviewedKind(kind: CampaignKind): boolean {
  return kind === 'household_review' || kind === 'income_survey';
}

export const CAMPAIGN_STATUSES = ['draft', 'open', 'closed', 'finalised'] as const;
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];

export const CAMPAIGN_STATUS_LABELS_VI: Readonly<Record<CampaignStatus, string>> = {
  draft: 'Bản nháp',
  open: 'Đang mở',
  closed: 'Đã đóng',
  finalised: 'Đã chốt số liệu',
};

export const CAMPAIGN_ACTIONS = ['open', 'close', 'finalise', 'unfinalise'] as const;
export type CampaignAction = (typeof CAMPAIGN_ACTIONS)[number];

/** `open` also re-opens a closed campaign (e.g. to extend the deadline); un-finalising returns
 * a finalised campaign to closed so its figures can be corrected, and is audited with a reason. */
const CAMPAIGN_TRANSITIONS: Readonly<Record<CampaignAction, { from: readonly CampaignStatus[]; to: CampaignStatus }>> = {
  open: { from: ['draft', 'closed'], to: 'open' },
  close: { from: ['open'], to: 'closed' },
  finalise: { from: ['closed'], to: 'finalised' },
  unfinalise: { from: ['finalised'], to: 'closed' },
};

/** The status after `action`, or null when the action is not allowed from `status`. */
export function campaignTransition(status: CampaignStatus, action: CampaignAction): CampaignStatus | null {
  const rule = CAMPAIGN_TRANSITIONS[action];
  return rule.from.includes(status) ? rule.to : null;
}

export type CampaignPeriod = { year: number; round: number; roundsPerYear: number };

/** The period after this one: the next round of the year, or round 1 of the next year. */
export function nextPeriod({ year, round, roundsPerYear }: CampaignPeriod): CampaignPeriod {
  return round < roundsPerYear ? { year, round: round + 1, roundsPerYear } : { year: year + 1, round: 1, roundsPerYear };
}

/** Months between the same day of two consecutive periods (12 for a yearly review, 6 for half-yearly polls). */
export function monthsPerPeriod(roundsPerYear: number): number {
  return 12 / roundsPerYear;
}

/** Adds whole months to an ISO date (YYYY-MM-DD), keeping the day within the target month. */
export function addMonths(isoDate: string, months: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const monthIndex = m - 1 + months;
  const year = y + Math.floor(monthIndex / 12);
  const month = ((monthIndex % 12) + 12) % 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return `${year}-${String(month + 1).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}

/** Rounds per year a campaign may use: yearly, half-yearly, quarterly, monthly. */
export const ROUNDS_PER_YEAR = [1, 2, 4, 12] as const;

/** Intake is open when the campaign is open and today (in Vietnam) lies within its dates, both inclusive. */
export function acceptsResponses(campaign: { status: CampaignStatus; opensOn: string; closesOn: string }, today: string): boolean {
  return campaign.status === 'open' && campaign.opensOn <= today && today <= campaign.closesOn;
}

/** Today's date in Vietnam (UTC+7, no daylight saving), as YYYY-MM-DD. */
export function vietnamToday(now: Date = new Date()): string {
  return new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}
