import type { CriteriaSet } from '../criteria-set';
import { QD318_ADVANCED_INFRASTRUCTURE } from './qd318-advanced-infrastructure';
import { QD318_ADVANCED_SOCIETY } from './qd318-advanced-society';
import { QD318_ANNEX_II, QD318_PERIOD, QD318_TDMNPB_RULE } from './qd318-common';

/** Decision 318/QĐ-TTg, Annex II: the advanced commune set 2021–2025, evaluated only for communes
 * already NTM (see `communeLevel`). Indicator wording to be checked against the annex. */
export const QD318_ADVANCED: CriteriaSet = {
  ...QD318_PERIOD,
  id: 'QD318_ADVANCED',
  name: 'Bộ tiêu chí quốc gia về xã nông thôn mới nâng cao giai đoạn 2021–2025',
  tier: 'advanced',
  legalBasis: `${QD318_ANNEX_II}. ${QD318_TDMNPB_RULE}`,
  status: 'to_confirm',
  criteria: [...QD318_ADVANCED_INFRASTRUCTURE, ...QD318_ADVANCED_SOCIETY],
};
