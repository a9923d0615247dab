import type { Criterion } from '../criteria-set';
import { qd318AdvancedCriterion as c } from './qd318-advanced-infrastructure';
import { QD318_ADVANCED_INCOME, QD318_ADVANCED_INCOME_NOTE, QD318_ADVANCED_POVERTY, QD318_POVERTY_NOTE, incomeAndPovertyCriteria } from './qd318-common';
import { pct } from './set-builders';

/** Criteria 10–19 of the advanced commune set. */
export const QD318_ADVANCED_SOCIETY: Criterion[] = [
  ...incomeAndPovertyCriteria(c, { thresholds: QD318_ADVANCED_INCOME, note: QD318_ADVANCED_INCOME_NOTE }, { thresholds: QD318_ADVANCED_POVERTY, note: QD318_POVERTY_NOTE }),
  c(12, 'Lao động', [
    pct('Tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ'),
    pct('Tỷ lệ lao động làm việc trong các ngành kinh tế chủ lực trên địa bàn'),
  ]),
  c(13, 'Tổ chức sản xuất và phát triển kinh tế nông thôn', [
    'Hợp tác xã hoạt động hiệu quả, có hợp đồng liên kết theo chuỗi giá trị ổn định',
    'Có sản phẩm OCOP được xếp hạng hoặc sản phẩm đặc trưng được chứng nhận và duy trì',
    'Có mô hình kinh tế ứng dụng công nghệ cao, nông nghiệp hữu cơ, kinh tế tuần hoàn',
    'Ứng dụng chuyển đổi số để truy xuất nguồn gốc và bán hàng qua thương mại điện tử',
  ]),
  c(14, 'Y tế', [
    pct('Tỷ lệ người dân tham gia bảo hiểm y tế (theo hộ có mọi thành viên tham gia)', { feed: 'facts.allInsured' }),
    pct('Tỷ lệ dân số được quản lý sức khỏe (hồ sơ sức khỏe điện tử)'),
    pct('Tỷ lệ trẻ em dưới 5 tuổi bị suy dinh dưỡng thể thấp còi (chiều cao theo tuổi)', { comparison: 'lte' }),
  ]),
  c(15, 'Hành chính công', [
    'Có ứng dụng công nghệ thông tin trong giải quyết thủ tục hành chính, cung cấp dịch vụ công trực tuyến mức độ 3, 4',
    'Giải quyết các thủ tục hành chính bảo đảm đúng quy định, không để xảy ra khiếu nại vượt cấp',
  ]),
  c(16, 'Tiếp cận pháp luật', [
    'Có mô hình điển hình về phổ biến, giáo dục pháp luật, hòa giải ở cơ sở',
    pct('Tỷ lệ mâu thuẫn, tranh chấp, vi phạm thuộc phạm vi hòa giải được hòa giải thành'),
  ]),
  c(17, 'Môi trường', [
    pct('Tỷ lệ chất thải rắn sinh hoạt và chất thải rắn không nguy hại được thu gom, xử lý theo quy định'),
    pct('Tỷ lệ hộ gia đình thực hiện phân loại chất thải rắn tại nguồn'),
    pct('Tỷ lệ chất thải nhựa được thu gom, tái sử dụng, tái chế, xử lý theo quy định'),
    pct('Tỷ lệ hộ có nhà tiêu, nhà tắm, thiết bị chứa nước sinh hoạt hợp vệ sinh và bảo đảm 3 sạch', { feed: 'facts.hygienicLatrine' }),
  ]),
  c(18, 'Chất lượng môi trường sống', [
    pct('Tỷ lệ hộ được sử dụng nước sạch đạt chuẩn theo quy định', { feed: 'facts.cleanWater' }),
    'Không để xảy ra ngộ độc thực phẩm đông người',
    pct('Tỷ lệ hộ gia đình có vườn, nhà ở được chỉnh trang, sáng – xanh – sạch – đẹp'),
  ]),
  c(19, 'Quốc phòng và An ninh', [
    'Hoàn thành các chỉ tiêu quốc phòng; lực lượng dân quân vững mạnh, rộng khắp',
    'Có mô hình camera giám sát an ninh hoặc mô hình tự quản về an ninh, trật tự hoạt động thường xuyên, hiệu quả',
  ]),
];
