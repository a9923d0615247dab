import type { CriteriaSet } from '../criteria-set';
import { incomeSpec, pct, povertySpec, villageTemplate } from './set-builders';

/** A village-level set (thôn nông thôn mới kiểu mẫu, 12 criteria) that a province adopts as its own
 * with `adoptCriteriaSet`, beside the thôn NTM template; every threshold is the province's to set,
 * hence one column and "to confirm" throughout. A village meeting all of it is at level 'model'. */
export const VILLAGE_MODEL_TEMPLATE: CriteriaSet = villageTemplate(
  {
    id: 'VILLAGE_MODEL_TEMPLATE',
    name: 'Bộ tiêu chí thôn nông thôn mới kiểu mẫu (mẫu)',
    tier: 'model',
    legalBasis: 'Mẫu bộ tiêu chí thôn nông thôn mới kiểu mẫu do tỉnh ban hành (theo hướng dẫn của Trung ương)',
  },
  (c) => [
    c(1, 'Thôn đạt chuẩn nông thôn mới', ['Thôn đã được công nhận đạt chuẩn nông thôn mới']),
    c(2, 'Giao thông và điện', [pct('Tỷ lệ đường thôn, ngõ xóm được cứng hóa, có rãnh thoát nước, đèn chiếu sáng'), pct('Tỷ lệ hộ sử dụng điện thường xuyên, an toàn')]),
    c(3, 'Nhà văn hóa và khu thể thao thôn', ['Nhà văn hóa, khu thể thao thôn đạt chuẩn và hoạt động thường xuyên']),
    c(4, 'Nhà ở dân cư', [pct('Tỷ lệ hộ có nhà ở kiên cố hoặc bán kiên cố', { feed: 'facts.durableHousing' })]),
    c(5, 'Thu nhập', [incomeSpec('Thu nhập bình quân đầu người')]),
    c(6, 'Hộ nghèo', [povertySpec('Tỷ lệ nghèo đa chiều')]),
    c(7, 'Sản xuất', ['Thôn có mô hình sản xuất hàng hóa hoặc sản phẩm OCOP hiệu quả']),
    c(8, 'Giáo dục và y tế', [
      pct('Tỷ lệ trẻ em trong độ tuổi đi học được đến trường'),
      pct('Tỷ lệ người dân tham gia bảo hiểm y tế (theo hộ có mọi thành viên tham gia)', { feed: 'facts.allInsured' }),
    ]),
    c(9, 'Văn hóa và thông tin', ['Thôn giữ danh hiệu thôn văn hóa nhiều năm liền', pct('Tỷ lệ hộ sử dụng dịch vụ internet', { feed: 'facts.internetUse' })]),
    c(10, 'Môi trường và cảnh quan', [
      pct('Tỷ lệ hộ được sử dụng nước sạch', { feed: 'facts.cleanWater' }),
      pct('Tỷ lệ hộ có nhà tiêu hợp vệ sinh', { feed: 'facts.hygienicLatrine' }),
      'Cảnh quan sáng, xanh, sạch, đẹp; có vườn mẫu',
    ]),
    c(11, 'An ninh, trật tự', ['Thôn đạt tiêu chuẩn an toàn về an ninh, trật tự nhiều năm liền']),
    c(12, 'Hệ thống chính trị', ['Chi bộ thôn hoàn thành tốt nhiệm vụ trở lên; các đoàn thể hoàn thành tốt nhiệm vụ']),
  ],
);
