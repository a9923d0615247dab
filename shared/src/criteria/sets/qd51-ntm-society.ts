import type { Criterion } from '../criteria-set';
import { qd51Criterion as c } from './qd51-ntm-development';
import { percentSpec } from './set-builders';

/** Criteria 6–10 of Decision 51/2025: poverty and social security, science and digital
 * transformation, environment, political system and administration, law and security. */
export const QD51_NTM_SOCIETY: Criterion[] = [
  c(6, 'Giảm nghèo và an sinh xã hội', [
    percentSpec('6.1', 'Tỷ lệ nghèo đa chiều', { comparison: 'lte', feed: 'poverty.multidimensionalRate' }),
    percentSpec('6.2', 'Tỷ lệ người dân tham gia bảo hiểm y tế (theo hộ có mọi thành viên tham gia)', { feed: 'facts.allInsured' }),
    percentSpec('6.3', 'Tỷ lệ người trong độ tuổi lao động tham gia bảo hiểm xã hội'),
    { id: '6.4', name: 'Các đối tượng bảo trợ xã hội được hưởng đầy đủ chính sách trợ giúp xã hội theo quy định' },
  ]),
  c(7, 'Khoa học công nghệ và chuyển đổi số', [
    percentSpec('7.1', 'Tỷ lệ hộ gia đình sử dụng dịch vụ internet băng rộng', { feed: 'facts.internetUse' }),
    percentSpec('7.2', 'Tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến'),
    percentSpec('7.3', 'Tỷ lệ người trưởng thành có tài khoản thanh toán điện tử'),
    { id: '7.4', name: 'Có mô hình ứng dụng khoa học công nghệ, chuyển đổi số trong sản xuất, kinh doanh' },
  ]),
  c(8, 'Môi trường và cảnh quan nông thôn', [
    percentSpec('8.1', 'Tỷ lệ hộ được sử dụng nước sạch theo quy định', { feed: 'facts.cleanWater' }),
    percentSpec('8.2', 'Tỷ lệ hộ có nhà tiêu hợp vệ sinh', { feed: 'facts.hygienicLatrine' }),
    percentSpec('8.3', 'Tỷ lệ chất thải rắn sinh hoạt được thu gom, xử lý theo quy định'),
    percentSpec('8.4', 'Tỷ lệ hộ gia đình thực hiện phân loại chất thải rắn tại nguồn'),
    percentSpec('8.5', 'Tỷ lệ cơ sở chăn nuôi, sản xuất – kinh doanh bảo đảm quy định về bảo vệ môi trường'),
    { id: '8.6', name: 'Đất cây xanh sử dụng công cộng tại điểm dân cư nông thôn', unit: 'm²/người', comparison: 'gte' },
    { id: '8.7', name: 'Cảnh quan, không gian xanh – sạch – đẹp; mai táng theo quy định và quy hoạch' },
  ]),
  c(9, 'Xây dựng hệ thống chính trị và hành chính công', [
    { id: '9.1', name: 'Đảng bộ, chính quyền xã được xếp loại hoàn thành tốt nhiệm vụ trở lên' },
    { id: '9.2', name: 'Cán bộ, công chức xã đạt chuẩn' },
    percentSpec('9.3', 'Mức độ hài lòng của người dân đối với dịch vụ hành chính công'),
  ]),
  c(10, 'Tiếp cận pháp luật và an ninh, quốc phòng', [
    { id: '10.1', name: 'Xã đạt chuẩn tiếp cận pháp luật' },
    { id: '10.2', name: 'Xã đạt chuẩn an toàn về an ninh, trật tự' },
    { id: '10.3', name: 'Hoàn thành các chỉ tiêu quốc phòng; xây dựng lực lượng dân quân vững mạnh, rộng khắp' },
  ]),
];
