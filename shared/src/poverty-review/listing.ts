/** Why a household is on a village's review list (Decision 24/2021 art. 4(1)(a)): it was poor or
 * near-poor last year, the whole registry was listed, it asked to be reviewed, or it was flagged
 * (by the village head, the front or the commune) as likely to have changed. */
export const LISTING_REASONS = ['previously_poor', 'previously_near_poor', 'registry', 'requested', 'flagged'] as const;
export type ListingReason = (typeof LISTING_REASONS)[number];

export const LISTING_REASON_LABELS_VI: Readonly<Record<ListingReason, string>> = {
  previously_poor: 'Hộ nghèo năm trước',
  previously_near_poor: 'Hộ cận nghèo năm trước',
  registry: 'Rà soát toàn bộ hộ',
  requested: 'Hộ có đề nghị',
  flagged: 'Hộ phát sinh, cần rà soát',
};

/** Reasons a person gives when adding a household by hand. */
export const MANUAL_LISTING_REASONS = ['requested', 'flagged'] as const;
export type ManualListingReason = (typeof MANUAL_LISTING_REASONS)[number];

/** Where a generated list comes from: last year's poor and near-poor households (the periodic
 * review), or every active household of the registry. */
export const LIST_SOURCES = ['previous_lists', 'all_active'] as const;
export type ListSource = (typeof LIST_SOURCES)[number];
