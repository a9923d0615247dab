/** What a province may set about its household reviews. */
export type ReviewSettings = {
  /** Length of the public posting in the village, in working days. */
  postingWorkingDays: number;
  /** Ask the opinion of the level above after posting (the former district step). */
  districtOpinion: boolean;
  /** The NTM poverty-rate criterion leaves out households living on social protection… */
  excludeSocialProtection: boolean;
  /** …and households impoverished by accident, disease or disaster. */
  excludeImpoverishedByShock: boolean;
};

/** Which households the NTM poverty rate leaves out (read by the indicators). */
export type ExclusionRule = Pick<ReviewSettings, 'excludeSocialProtection' | 'excludeImpoverishedByShock'>;

export const POSTING_WORKING_DAYS_MIN = 1;
export const POSTING_WORKING_DAYS_MAX = 30;

export const DEFAULT_REVIEW_SETTINGS: Readonly<ReviewSettings> = {
  postingWorkingDays: 3,
  districtOpinion: false,
  excludeSocialProtection: false,
  excludeImpoverishedByShock: false,
};

export type SettingStatus = 'verified' | 'to_confirm';

/** Where each default comes from, and whether it still has to be confirmed against the texts. */
export const REVIEW_SETTING_NOTES: Readonly<Record<keyof ReviewSettings, { status: SettingStatus; note: string }>> = {
  postingWorkingDays: { status: 'to_confirm', note: 'Decision 24/2021 art. 4: public posting of the lists; 3 working days is the common practice.' },
  districtOpinion: { status: 'verified', note: 'The district level was abolished on 1 July 2025: the step is off unless a province keeps an equivalent.' },
  excludeSocialProtection: { status: 'to_confirm', note: 'NTM criterion on multidimensional poverty: households on social protection may be excluded.' },
  excludeImpoverishedByShock: { status: 'to_confirm', note: 'NTM criterion: households impoverished by accident, disease or disaster may be excluded.' },
};

export function exclusionRuleOf(settings: ReviewSettings): ExclusionRule {
  return { excludeSocialProtection: settings.excludeSocialProtection, excludeImpoverishedByShock: settings.excludeImpoverishedByShock };
}
