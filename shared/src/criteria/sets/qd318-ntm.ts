import type { CriteriaSet } from '../criteria-set';
import { QD318_NTM_INFRASTRUCTURE } from './qd318-ntm-infrastructure';
import { QD318_NTM_SOCIETY } from './qd318-ntm-society';
import { QD318_ANNEX_I, QD318_PERIOD, QD318_TDMNPB_RULE } from './qd318-common';

/** Decision 318/QĐ-TTg, Annex I: the commune NTM set 2021–2025, 19 criteria (structure verified),
 * thresholds by the 7 regions. Numeric thresholds not obtained from the annex ship "to confirm". */
export const QD318_NTM: CriteriaSet = {
  ...QD318_PERIOD,
  id: 'QD318_NTM',
  name: 'Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2021–2025',
  tier: 'ntm',
  legalBasis: `${QD318_ANNEX_I}. ${QD318_TDMNPB_RULE}`,
  status: 'verified',
  criteria: [...QD318_NTM_INFRASTRUCTURE, ...QD318_NTM_SOCIETY],
};
