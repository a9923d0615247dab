import type { RuleStatus } from '../standard';
import type { Choice } from './choice';

/**
 * Clear signs that a household is not poor (Phiếu A, quick identification): one is enough to stop
 * the review. The list follows the spirit of Phiếu A of Circular 07/2021/TT-BLĐTBXH; its exact
 * items and wording are to be confirmed.
 */
export const SCREENING_STATUS: RuleStatus = 'to_confirm';
export const SCREENING_BASIS = 'Thông tư 07/2021/TT-BLĐTBXH, Phiếu A (nhận dạng nhanh đặc điểm hộ gia đình)';

export const SCREENING_SIGNS = [
  { value: 'salaried_official', text: 'Có thành viên là cán bộ, công chức, viên chức hoặc làm việc có hợp đồng lao động dài hạn với thu nhập ổn định' },
  { value: 'pension', text: 'Có thành viên hưởng lương hưu hoặc trợ cấp bảo hiểm xã hội hằng tháng' },
  { value: 'car', text: 'Có ô tô' },
  { value: 'solid_large_house', text: 'Có nhà ở kiên cố, diện tích bình quân từ 30 m²/người trở lên' },
  { value: 'business_with_employees', text: 'Có cơ sở sản xuất, kinh doanh thuê lao động thường xuyên' },
  { value: 'large_land', text: 'Có diện tích đất sản xuất, nuôi trồng lớn hoặc đàn gia súc lớn so với địa phương' },
] as const satisfies readonly Choice[];
export type ScreeningSign = (typeof SCREENING_SIGNS)[number]['value'];
