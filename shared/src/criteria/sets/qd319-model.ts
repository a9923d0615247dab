import type { CriteriaSet } from '../criteria-set';
import { QD318_ADVANCED_INCOME, QD318_PERIOD } from './qd318-common';
import { criterionBuilder, incomeSpec, scaledThresholds } from './set-builders';

const QD319 = 'Quyết định 319/QĐ-TTg ngày 08/3/2022 của Thủ tướng Chính phủ (xã nông thôn mới kiểu mẫu giai đoạn 2021–2025)';
const c = criterionBuilder({ basis: (number) => `${QD319}, Điều 1, khoản ${number}`, yesNoStatus: 'verified' });

/** Decision 319/QĐ-TTg: a model commune is an advanced commune (checked by `communeLevel`) that
 * also meets these three conditions. The income threshold is derived from the advanced set's, so it
 * is "to confirm" as long as that one is. */
export const QD319_MODEL: CriteriaSet = {
  ...QD318_PERIOD,
  id: 'QD319_MODEL',
  name: 'Quy định xã nông thôn mới kiểu mẫu giai đoạn 2021–2025',
  tier: 'model',
  legalBasis: QD319,
  status: 'verified',
  criteria: [
    c(1, 'Thu nhập', [
      incomeSpec('Thu nhập bình quân đầu người cao hơn từ 10% trở lên so với mức quy định của xã nông thôn mới nâng cao', {
        thresholds: scaledThresholds(QD318_ADVANCED_INCOME, 110),
        note: 'Bằng 110% mức thu nhập của xã nông thôn mới nâng cao cùng vùng và năm (mức này đang chờ xác nhận)',
      }),
    ]),
    c(2, 'Thôn thông minh', ['Có ít nhất 01 thôn, bản, ấp thông minh']),
    c(3, 'Lĩnh vực nổi trội', ['Có ít nhất một lĩnh vực tiêu biểu, nổi trội (sản xuất, văn hóa, môi trường, an ninh…)']),
  ],
};
