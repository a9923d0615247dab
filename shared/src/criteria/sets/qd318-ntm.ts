import type { CriteriaSet } from '../criteria-set';
import { QD318_NTM_INFRASTRUCTURE } from './qd318-ntm-infrastructure';
import { QD318_NTM_SOCIETY } from './qd318-ntm-society';
import { QD318_ANNEX_I, QD318_TDMNPB_RULE } from './qd318-thresholds';

/** Decision 318/QĐ-TTg, Annex I: the commune NTM set 2021–2025, 19 criteria (structure verified),
 * thresholds by the 7 regions. Numeric thresholds not obtained from the annex ship "to confirm". */
export const QD318_NTM: CriteriaSet = {
  id: 'QD318_NTM',
  version: 1,
  name: 'Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2021–2025',
  unitLevel: 'commune',
  tier: 'ntm',
  fromYear: 2021,
  toYear: 2025,
  scheme: 'region',
  legalBasis: `${QD318_ANNEX_I}. ${QD318_TDMNPB_RULE}`,
  status: 'verified',
  provinceCode: null,
  criteria: [...QD318_NTM_INFRASTRUCTURE, ...QD318_NTM_SOCIETY],
};
