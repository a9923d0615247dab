import type { Criterion } from '../criteria-set';
import { qd318NtmCriterion as c } from './qd318-ntm-infrastructure';
import { QD318_NTM_INCOME, QD318_NTM_INCOME_NOTE, QD318_NTM_POVERTY, QD318_POVERTY_NOTE, incomeAndPovertyCriteria } from './qd318-common';
import { everywhere, pct } from './set-builders';

/** Criteria 10–19 of the NTM commune set: economy, society, environment, political system, security. */
export const QD318_NTM_SOCIETY: Criterion[] = [
  ...incomeAndPovertyCriteria(c, { thresholds: QD318_NTM_INCOME, note: QD318_NTM_INCOME_NOTE }, { thresholds: QD318_NTM_POVERTY, note: QD318_POVERTY_NOTE }),
  c(12, 'Lao động', [
    pct('Tỷ lệ lao động có việc làm qua đào tạo'),
    pct('Tỷ lệ lao động có việc làm qua đào tạo có bằng cấp, chứng chỉ'),
  ]),
  c(13, 'Tổ chức sản xuất và phát triển kinh tế nông thôn', [
    'Xã có hợp tác xã hoạt động hiệu quả và theo đúng quy định của Luật Hợp tác xã',
    'Xã có mô hình liên kết sản xuất gắn với tiêu thụ sản phẩm chủ lực bảo đảm bền vững',
    'Thực hiện truy xuất nguồn gốc các sản phẩm chủ lực của xã gắn với xây dựng vùng nguyên liệu và được chứng nhận VietGAP hoặc tương đương',
    'Có kế hoạch và triển khai kế hoạch bảo tồn, phát huy nghề truyền thống (nếu có)',
    'Có tổ khuyến nông cộng đồng hoạt động hiệu quả',
  ]),
  c(14, 'Giáo dục và Đào tạo', [
    'Phổ cập giáo dục mầm non cho trẻ em 5 tuổi; phổ cập giáo dục tiểu học; phổ cập giáo dục THCS; xóa mù chữ',
    pct('Tỷ lệ học sinh tốt nghiệp THCS được tiếp tục học trung học (phổ thông, giáo dục thường xuyên, trung cấp)'),
  ]),
  c(15, 'Y tế', [
    pct('Tỷ lệ người dân tham gia bảo hiểm y tế (theo hộ có mọi thành viên tham gia)', { feed: 'facts.allInsured' }),
    'Xã đạt tiêu chí quốc gia về y tế',
    pct('Tỷ lệ trẻ em dưới 5 tuổi bị suy dinh dưỡng thể thấp còi (chiều cao theo tuổi)', { comparison: 'lte' }),
    pct('Tỷ lệ dân số có sổ khám chữa bệnh điện tử'),
  ]),
  c(16, 'Văn hóa', [pct('Tỷ lệ thôn, bản, ấp đạt chuẩn văn hóa theo quy định')]),
  c(17, 'Môi trường và an toàn thực phẩm', [
    pct('Tỷ lệ hộ được sử dụng nước sinh hoạt hợp vệ sinh và nước sạch theo quy định', { feed: 'facts.cleanWater' }),
    pct('Tỷ lệ cơ sở sản xuất – kinh doanh, nuôi trồng thủy sản, làng nghề bảo đảm quy định về bảo vệ môi trường', { thresholds: everywhere(100, 2021) }),
    'Cảnh quan, không gian xanh – sạch – đẹp, an toàn; không để xảy ra tồn đọng nước thải sinh hoạt tại các khu dân cư tập trung',
    { name: 'Đất cây xanh sử dụng công cộng tại điểm dân cư nông thôn', unit: 'm²/người', comparison: 'gte' },
    'Mai táng phù hợp với quy định và theo quy hoạch',
    'Chất thải rắn trên địa bàn và nước thải khu dân cư tập trung, cơ sở sản xuất – kinh doanh được thu gom, xử lý theo quy định',
    pct('Tỷ lệ hộ có nhà tiêu, nhà tắm, thiết bị chứa nước sinh hoạt hợp vệ sinh và bảo đảm 3 sạch', { feed: 'facts.hygienicLatrine' }),
    pct('Tỷ lệ cơ sở chăn nuôi bảo đảm các quy định về vệ sinh thú y, chăn nuôi và bảo vệ môi trường'),
    pct('Tỷ lệ hộ gia đình và cơ sở sản xuất, kinh doanh thực phẩm tuân thủ các quy định về bảo đảm an toàn thực phẩm', { thresholds: everywhere(100, 2021) }),
    pct('Tỷ lệ hộ gia đình thực hiện phân loại chất thải rắn tại nguồn'),
  ]),
  c(18, 'Hệ thống chính trị và tiếp cận pháp luật', [
    'Cán bộ, công chức xã đạt chuẩn',
    'Đảng bộ, chính quyền xã được xếp loại chất lượng hoàn thành tốt nhiệm vụ trở lên',
    'Tổ chức chính trị – xã hội của xã được xếp loại chất lượng hoàn thành tốt nhiệm vụ trở lên',
    'Tổ chức xây dựng xã đạt chuẩn tiếp cận pháp luật',
    'Bảo đảm bình đẳng giới và phòng, chống bạo lực gia đình; bảo vệ và hỗ trợ trẻ em và người dễ bị tổn thương',
    'Có kế hoạch và triển khai kế hoạch bồi dưỡng kiến thức về xây dựng nông thôn mới cho người dân',
  ]),
  c(19, 'Quốc phòng và An ninh', [
    'Xây dựng lực lượng dân quân "vững mạnh, rộng khắp" và hoàn thành các chỉ tiêu quốc phòng',
    'Xã đạt chuẩn an toàn về an ninh, trật tự xã hội và bảo đảm bình yên',
  ]),
];
