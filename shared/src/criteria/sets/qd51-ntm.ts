import type { CriteriaSet } from '../criteria-set';
import { QD51, QD51_NTM_DEVELOPMENT } from './qd51-ntm-development';
import { QD51_NTM_SOCIETY } from './qd51-ntm-society';

/** Decision 51/2025/QĐ-TTg: the commune NTM set 2026–2030, thresholds by the 3 commune groups.
 * One level only: the pilot "modern NTM commune" of Annex II is not evaluated. */
export const QD51_NTM: CriteriaSet = {
  id: 'QD51_NTM',
  version: 1,
  name: 'Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2026–2030',
  unitLevel: 'commune',
  tier: 'ntm',
  fromYear: 2026,
  toYear: 2030,
  scheme: 'group',
  legalBasis: `${QD51}, Phụ lục I; nhóm xã 1–3 theo điều kiện của xã (nhóm 2: các xã còn lại)`,
  status: 'verified',
  provinceCode: null,
  criteria: [...QD51_NTM_DEVELOPMENT, ...QD51_NTM_SOCIETY],
};
