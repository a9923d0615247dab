import type { CriteriaSet } from '../criteria-set';
import { QD318_ADVANCED_INCOME } from './qd318-thresholds';
import { criterionBuilder, scaledThresholds } from './set-builders';

const QD319 = 'Quyết định 319/QĐ-TTg ngày 08/3/2022 của Thủ tướng Chính phủ (xã nông thôn mới kiểu mẫu giai đoạn 2021–2025)';
const c = criterionBuilder({ basis: (number) => `${QD319}, Điều 1, khoản ${number}`, yesNoStatus: 'verified' });

/** Decision 319/QĐ-TTg: a model commune is an advanced commune (checked by `communeLevel`) that
 * also meets these three conditions. The income threshold is derived from the advanced set's, so it
 * is "to confirm" as long as that one is. */
export const QD319_MODEL: CriteriaSet = {
  id: 'QD319_MODEL',
  version: 1,
  name: 'Quy định xã nông thôn mới kiểu mẫu giai đoạn 2021–2025',
  unitLevel: 'commune',
  tier: 'model',
  fromYear: 2021,
  toYear: 2025,
  scheme: 'region',
  legalBasis: QD319,
  status: 'verified',
  provinceCode: null,
  criteria: [
    c(1, 'Thu nhập', [
      {
        id: '1.1',
        name: 'Thu nhập bình quân đầu người cao hơn từ 10% trở lên so với mức quy định của xã nông thôn mới nâng cao',
        unit: 'triệu đồng/người/năm',
        comparison: 'gte',
        feed: 'income.perHead',
        thresholds: scaledThresholds(QD318_ADVANCED_INCOME, 110),
        note: 'Bằng 110% mức thu nhập của xã nông thôn mới nâng cao cùng vùng và năm (mức này đang chờ xác nhận)',
      },
    ]),
    c(2, 'Thôn thông minh', [{ id: '2.1', name: 'Có ít nhất 01 thôn, bản, ấp thông minh' }]),
    c(3, 'Lĩnh vực nổi trội', [{ id: '3.1', name: 'Có ít nhất một lĩnh vực tiêu biểu, nổi trội (sản xuất, văn hóa, môi trường, an ninh…)' }]),
  ],
};
