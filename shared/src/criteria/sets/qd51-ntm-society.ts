import type { Criterion } from '../criteria-set';
import { qd51Criterion as c } from './qd51-ntm-development';
import { pct, povertySpec } from './set-builders';

/** Criteria 6–10 of Decision 51/2025: poverty and social security, science and digital
 * transformation, environment, political system and administration, law and security. */
export const QD51_NTM_SOCIETY: Criterion[] = [
  c(6, 'Giảm nghèo và an sinh xã hội', [
    povertySpec('Tỷ lệ nghèo đa chiều'),
    pct('Tỷ lệ người dân tham gia bảo hiểm y tế (theo hộ có mọi thành viên tham gia)', { feed: 'facts.allInsured' }),
    pct('Tỷ lệ người trong độ tuổi lao động tham gia bảo hiểm xã hội'),
    'Các đối tượng bảo trợ xã hội được hưởng đầy đủ chính sách trợ giúp xã hội theo quy định',
  ]),
  c(7, 'Khoa học công nghệ và chuyển đổi số', [
    pct('Tỷ lệ hộ gia đình sử dụng dịch vụ internet băng rộng', { feed: 'facts.internetUse' }),
    pct('Tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến'),
    pct('Tỷ lệ người trưởng thành có tài khoản thanh toán điện tử'),
    'Có mô hình ứng dụng khoa học công nghệ, chuyển đổi số trong sản xuất, kinh doanh',
  ]),
  c(8, 'Môi trường và cảnh quan nông thôn', [
    pct('Tỷ lệ hộ được sử dụng nước sạch theo quy định', { feed: 'facts.cleanWater' }),
    pct('Tỷ lệ hộ có nhà tiêu hợp vệ sinh', { feed: 'facts.hygienicLatrine' }),
    pct('Tỷ lệ chất thải rắn sinh hoạt được thu gom, xử lý theo quy định'),
    pct('Tỷ lệ hộ gia đình thực hiện phân loại chất thải rắn tại nguồn'),
    pct('Tỷ lệ cơ sở chăn nuôi, sản xuất – kinh doanh bảo đảm quy định về bảo vệ môi trường'),
    { name: 'Đất cây xanh sử dụng công cộng tại điểm dân cư nông thôn', unit: 'm²/người', comparison: 'gte' },
    'Cảnh quan, không gian xanh – sạch – đẹp; mai táng theo quy định và quy hoạch',
  ]),
  c(9, 'Xây dựng hệ thống chính trị và hành chính công', [
    'Đảng bộ, chính quyền xã được xếp loại hoàn thành tốt nhiệm vụ trở lên',
    'Cán bộ, công chức xã đạt chuẩn',
    pct('Mức độ hài lòng của người dân đối với dịch vụ hành chính công'),
  ]),
  c(10, 'Tiếp cận pháp luật và an ninh, quốc phòng', [
    'Xã đạt chuẩn tiếp cận pháp luật',
    'Xã đạt chuẩn an toàn về an ninh, trật tự',
    'Hoàn thành các chỉ tiêu quốc phòng; xây dựng lực lượng dân quân vững mạnh, rộng khắp',
  ]),
];
