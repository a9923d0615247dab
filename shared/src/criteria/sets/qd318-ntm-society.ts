import type { Criterion } from '../criteria-set';
import { qd318NtmCriterion as c } from './qd318-ntm-infrastructure';
import { QD318_NTM_INCOME, QD318_NTM_INCOME_NOTE, QD318_NTM_POVERTY, QD318_POVERTY_NOTE } from './qd318-thresholds';
import { everywhere, percentSpec } from './set-builders';

/** Criteria 10–19 of the NTM commune set: economy, society, environment, political system, security. */
export const QD318_NTM_SOCIETY: Criterion[] = [
  c(10, 'Thu nhập', [
    { id: '10.1', name: 'Thu nhập bình quân đầu người khu vực nông thôn', unit: 'triệu đồng/người/năm', comparison: 'gte', feed: 'income.perHead', thresholds: QD318_NTM_INCOME, note: QD318_NTM_INCOME_NOTE },
  ]),
  c(11, 'Nghèo đa chiều', [
    percentSpec('11.1', 'Tỷ lệ nghèo đa chiều giai đoạn 2021–2025', { comparison: 'lte', feed: 'poverty.multidimensionalRate', thresholds: QD318_NTM_POVERTY, note: QD318_POVERTY_NOTE }),
  ]),
  c(12, 'Lao động', [
    percentSpec('12.1', 'Tỷ lệ lao động có việc làm qua đào tạo'),
    percentSpec('12.2', 'Tỷ lệ lao động có việc làm qua đào tạo có bằng cấp, chứng chỉ'),
  ]),
  c(13, 'Tổ chức sản xuất và phát triển kinh tế nông thôn', [
    { id: '13.1', name: 'Xã có hợp tác xã hoạt động hiệu quả và theo đúng quy định của Luật Hợp tác xã' },
    { id: '13.2', name: 'Xã có mô hình liên kết sản xuất gắn với tiêu thụ sản phẩm chủ lực bảo đảm bền vững' },
    { id: '13.3', name: 'Thực hiện truy xuất nguồn gốc các sản phẩm chủ lực của xã gắn với xây dựng vùng nguyên liệu và được chứng nhận VietGAP hoặc tương đương' },
    { id: '13.4', name: 'Có kế hoạch và triển khai kế hoạch bảo tồn, phát huy nghề truyền thống (nếu có)' },
    { id: '13.5', name: 'Có tổ khuyến nông cộng đồng hoạt động hiệu quả' },
  ]),
  c(14, 'Giáo dục và Đào tạo', [
    { id: '14.1', name: 'Phổ cập giáo dục mầm non cho trẻ em 5 tuổi; phổ cập giáo dục tiểu học; phổ cập giáo dục THCS; xóa mù chữ' },
    percentSpec('14.2', 'Tỷ lệ học sinh tốt nghiệp THCS được tiếp tục học trung học (phổ thông, giáo dục thường xuyên, trung cấp)'),
  ]),
  c(15, 'Y tế', [
    percentSpec('15.1', 'Tỷ lệ người dân tham gia bảo hiểm y tế (theo hộ có mọi thành viên tham gia)', { feed: 'facts.allInsured' }),
    { id: '15.2', name: 'Xã đạt tiêu chí quốc gia về y tế' },
    percentSpec('15.3', 'Tỷ lệ trẻ em dưới 5 tuổi bị suy dinh dưỡng thể thấp còi (chiều cao theo tuổi)', { comparison: 'lte' }),
    percentSpec('15.4', 'Tỷ lệ dân số có sổ khám chữa bệnh điện tử'),
  ]),
  c(16, 'Văn hóa', [percentSpec('16.1', 'Tỷ lệ thôn, bản, ấp đạt chuẩn văn hóa theo quy định')]),
  c(17, 'Môi trường và an toàn thực phẩm', [
    percentSpec('17.1', 'Tỷ lệ hộ được sử dụng nước sinh hoạt hợp vệ sinh và nước sạch theo quy định', { feed: 'facts.cleanWater' }),
    percentSpec('17.2', 'Tỷ lệ cơ sở sản xuất – kinh doanh, nuôi trồng thủy sản, làng nghề bảo đảm quy định về bảo vệ môi trường', { thresholds: everywhere(100, 2021) }),
    { id: '17.3', name: 'Cảnh quan, không gian xanh – sạch – đẹp, an toàn; không để xảy ra tồn đọng nước thải sinh hoạt tại các khu dân cư tập trung' },
    { id: '17.4', name: 'Đất cây xanh sử dụng công cộng tại điểm dân cư nông thôn', unit: 'm²/người', comparison: 'gte' },
    { id: '17.5', name: 'Mai táng phù hợp với quy định và theo quy hoạch' },
    { id: '17.6', name: 'Chất thải rắn trên địa bàn và nước thải khu dân cư tập trung, cơ sở sản xuất – kinh doanh được thu gom, xử lý theo quy định' },
    percentSpec('17.7', 'Tỷ lệ hộ có nhà tiêu, nhà tắm, thiết bị chứa nước sinh hoạt hợp vệ sinh và bảo đảm 3 sạch', { feed: 'facts.hygienicLatrine' }),
    percentSpec('17.8', 'Tỷ lệ cơ sở chăn nuôi bảo đảm các quy định về vệ sinh thú y, chăn nuôi và bảo vệ môi trường'),
    percentSpec('17.9', 'Tỷ lệ hộ gia đình và cơ sở sản xuất, kinh doanh thực phẩm tuân thủ các quy định về bảo đảm an toàn thực phẩm', { thresholds: everywhere(100, 2021) }),
    percentSpec('17.10', 'Tỷ lệ hộ gia đình thực hiện phân loại chất thải rắn tại nguồn'),
  ]),
  c(18, 'Hệ thống chính trị và tiếp cận pháp luật', [
    { id: '18.1', name: 'Cán bộ, công chức xã đạt chuẩn' },
    { id: '18.2', name: 'Đảng bộ, chính quyền xã được xếp loại chất lượng hoàn thành tốt nhiệm vụ trở lên' },
    { id: '18.3', name: 'Tổ chức chính trị – xã hội của xã được xếp loại chất lượng hoàn thành tốt nhiệm vụ trở lên' },
    { id: '18.4', name: 'Tổ chức xây dựng xã đạt chuẩn tiếp cận pháp luật' },
    { id: '18.5', name: 'Bảo đảm bình đẳng giới và phòng, chống bạo lực gia đình; bảo vệ và hỗ trợ trẻ em và người dễ bị tổn thương' },
    { id: '18.6', name: 'Có kế hoạch và triển khai kế hoạch bồi dưỡng kiến thức về xây dựng nông thôn mới cho người dân' },
  ]),
  c(19, 'Quốc phòng và An ninh', [
    { id: '19.1', name: 'Xây dựng lực lượng dân quân "vững mạnh, rộng khắp" và hoàn thành các chỉ tiêu quốc phòng' },
    { id: '19.2', name: 'Xã đạt chuẩn an toàn về an ninh, trật tự xã hội và bảo đảm bình yên' },
  ]),
];
