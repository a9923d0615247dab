import { NTM_REGION_LABELS_VI } from '../units/ntm-region';
import type { CommuneLevel, IndicatorState, NoDataReason } from './criteria-evaluation';
import type { Comparison, CriteriaFeed, ThresholdColumn } from './criteria-set';

export const COMPARISON_SYMBOLS_VI: Readonly<Record<Comparison, string>> = { gte: '≥', lte: '≤', eq: '=', yes_no: 'Đạt/Không đạt' };

export const INDICATOR_STATE_LABELS_VI: Readonly<Record<IndicatorState, string>> = { met: 'Đạt', not_met: 'Chưa đạt', no_data: 'Chưa có số liệu' };

export const NO_DATA_REASON_LABELS_VI: Readonly<Record<NoDataReason, string>> = {
  no_value: 'Chưa có giá trị',
  no_threshold: 'Chưa có ngưỡng (chờ xác nhận hoặc tỉnh chưa đặt)',
  no_column: 'Xã chưa được gán vùng kinh tế - xã hội',
};

export const COMMUNE_LEVEL_LABELS_VI: Readonly<Record<CommuneLevel, string>> = {
  none: 'Chưa đạt chuẩn',
  ntm: 'Đạt chuẩn NTM',
  advanced: 'NTM nâng cao',
  model: 'NTM kiểu mẫu',
};

export function thresholdColumnLabelVi(column: ThresholdColumn): string {
  if (column === 'ALL') return 'Chung';
  if (column.startsWith('G')) return `Nhóm ${column.slice(1)}`;
  return NTM_REGION_LABELS_VI[column as keyof typeof NTM_REGION_LABELS_VI];
}

export const CRITERIA_FEED_LABELS_VI: Readonly<Record<CriteriaFeed, string>> = {
  'poverty.multidimensionalRate': 'Tỷ lệ nghèo đa chiều (tiêu chí NTM)',
  'poverty.poorRate': 'Tỷ lệ hộ nghèo',
  'income.perHead': 'Thu nhập bình quân đầu người',
  'facts.durableHousing': 'Tỷ lệ hộ có nhà ở kiên cố, bán kiên cố',
  'facts.cleanWater': 'Tỷ lệ hộ sử dụng nước sạch',
  'facts.hygienicLatrine': 'Tỷ lệ hộ có nhà tiêu hợp vệ sinh',
  'facts.allInsured': 'Tỷ lệ hộ có mọi thành viên tham gia bảo hiểm y tế',
  'facts.internetUse': 'Tỷ lệ hộ sử dụng dịch vụ internet',
  'poll.satisfactionRate': 'Tỷ lệ hài lòng của người dân',
  'poll.passed': 'Kết quả lấy ý kiến sự hài lòng',
};

const FACT_FORMULA = 'Số hộ có (theo rà soát) / số hộ có câu trả lời × 100, làm tròn 2 chữ số thập phân';

/** How each fed value is computed, for the trace page. */
export const CRITERIA_FEED_FORMULAS_VI: Readonly<Record<CriteriaFeed, string>> = {
  'poverty.multidimensionalRate':
    '(Số hộ nghèo + số hộ cận nghèo − số hộ được loại trừ theo quy định của tỉnh) / tổng số hộ × 100, làm tròn 2 chữ số thập phân',
  'poverty.poorRate': 'Số hộ nghèo / tổng số hộ × 100, làm tròn 2 chữ số thập phân',
  'income.perHead': 'Tổng thu nhập 12 tháng của các hộ có thu nhập / tổng số nhân khẩu của các hộ đó, triệu đồng/người/năm, làm tròn 2 chữ số thập phân',
  'facts.durableHousing': FACT_FORMULA,
  'facts.cleanWater': FACT_FORMULA,
  'facts.hygienicLatrine': FACT_FORMULA,
  'facts.allInsured': FACT_FORMULA,
  'facts.internetUse': FACT_FORMULA,
  'poll.satisfactionRate': 'Điểm hài lòng bình quân của cuộc lấy ý kiến đã chốt (%)',
  'poll.passed': 'Đạt khi cuộc lấy ý kiến đã chốt hợp lệ và có kết quả "Đạt"',
};

/** A threshold as the tables print it: "≥ 42,9 triệu đồng/người/năm", "≤ 6 %", "Đạt". */
export function thresholdTextVi(comparison: Comparison, value: number | boolean, unit: string): string {
  if (comparison === 'yes_no' || typeof value === 'boolean') return value === false ? 'Không đạt' : 'Đạt';
  const number = value.toLocaleString('vi-VN', { maximumFractionDigits: 2 });
  return `${COMPARISON_SYMBOLS_VI[comparison]} ${number}${unit ? ` ${unit}` : ''}`;
}
