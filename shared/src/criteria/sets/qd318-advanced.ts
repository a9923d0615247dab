import type { CriteriaSet } from '../criteria-set';
import { QD318_ADVANCED_INFRASTRUCTURE } from './qd318-advanced-infrastructure';
import { QD318_ADVANCED_SOCIETY } from './qd318-advanced-society';
import { QD318_ANNEX_II, QD318_TDMNPB_RULE } from './qd318-thresholds';

/** Decision 318/QĐ-TTg, Annex II: the advanced commune set 2021–2025, evaluated only for communes
 * already NTM (see `communeLevel`). Indicator wording to be checked against the annex. */
export const QD318_ADVANCED: CriteriaSet = {
  id: 'QD318_ADVANCED',
  version: 1,
  name: 'Bộ tiêu chí quốc gia về xã nông thôn mới nâng cao giai đoạn 2021–2025',
  unitLevel: 'commune',
  tier: 'advanced',
  fromYear: 2021,
  toYear: 2025,
  scheme: 'region',
  legalBasis: `${QD318_ANNEX_II}. ${QD318_TDMNPB_RULE}`,
  status: 'to_confirm',
  provinceCode: null,
  criteria: [...QD318_ADVANCED_INFRASTRUCTURE, ...QD318_ADVANCED_SOCIETY],
};
