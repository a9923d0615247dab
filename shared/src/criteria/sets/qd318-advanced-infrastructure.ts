import type { Criterion } from '../criteria-set';
import { QD318_ANNEX_II } from './qd318-common';
import { criterionBuilder, pct } from './set-builders';

/** The advanced set keeps its own numbering: after criterion 4 its numbers mean other things than
 * in the NTM set (5 is education, 6 culture…), so criteria are always keyed by (set, number). */
export const qd318AdvancedCriterion = criterionBuilder({ basis: (number) => `${QD318_ANNEX_II}, tiêu chí số ${number}`, yesNoStatus: 'verified' });
const c = qd318AdvancedCriterion;

/** Criteria 1–9 of the advanced commune set. */
export const QD318_ADVANCED_INFRASTRUCTURE: Criterion[] = [
  c(1, 'Quy hoạch', [
    'Có quy hoạch chung xây dựng xã còn thời hạn hoặc được rà soát, điều chỉnh theo quy định',
    'Có quy hoạch chi tiết xây dựng điểm dân cư nông thôn hoặc trung tâm xã được phê duyệt',
  ]),
  c(2, 'Giao thông', [
    pct('Tỷ lệ đường xã được bảo trì hằng năm, bảo đảm sáng – xanh – sạch – đẹp'),
    pct('Tỷ lệ đường thôn, bản, liên thôn được cứng hóa, bảo đảm ô tô đi lại thuận tiện quanh năm'),
    pct('Tỷ lệ đường ngõ, xóm được cứng hóa, bảo đảm sáng – xanh – sạch – đẹp'),
    pct('Tỷ lệ đường trục chính nội đồng được cứng hóa, bảo đảm vận chuyển hàng hóa thuận tiện quanh năm'),
  ]),
  c(3, 'Thủy lợi và phòng, chống thiên tai', [
    pct('Tỷ lệ diện tích đất sản xuất nông nghiệp được tưới và tiêu nước chủ động'),
    pct('Tỷ lệ diện tích cây trồng chủ lực được tưới tiên tiến, tiết kiệm nước'),
    'Có tổ chức thủy lợi cơ sở hoạt động hiệu quả, bền vững',
    'Đáp ứng yêu cầu phòng, chống thiên tai theo phương châm 4 tại chỗ và ứng phó biến đổi khí hậu',
  ]),
  c(4, 'Điện', [
    pct('Tỷ lệ hộ sử dụng điện thường xuyên, an toàn từ các nguồn'),
    'Có hệ thống điện chiếu sáng trên các trục đường xã, thôn',
  ]),
  c(5, 'Giáo dục', [
    'Duy trì đạt chuẩn phổ cập giáo dục mầm non cho trẻ em 5 tuổi, tiểu học, THCS mức độ 3 và xóa mù chữ mức độ 2',
    pct('Tỷ lệ trường học các cấp đạt chuẩn quốc gia mức độ 2 hoặc kiểm định chất lượng giáo dục cấp độ 2'),
    'Có mô hình giáo dục thông minh, học tập suốt đời; trung tâm học tập cộng đồng hoạt động hiệu quả',
  ]),
  c(6, 'Văn hóa', [
    'Có mô hình hoạt động văn hóa, thể thao tiêu biểu thu hút người dân tham gia thường xuyên',
    pct('Tỷ lệ thôn, bản, ấp đạt chuẩn văn hóa và được công nhận liên tục ít nhất 5 năm'),
    'Di sản văn hóa được kiểm kê, ghi danh, bảo vệ, tu bổ và phát huy giá trị',
  ]),
  c(7, 'Cơ sở hạ tầng thương mại nông thôn', [
    'Có chợ đạt chuẩn theo quy định hoặc cửa hàng tiện lợi, siêu thị mini đáp ứng nhu cầu người dân',
    'Có mô hình thương mại điện tử hoặc điểm giới thiệu, bán sản phẩm OCOP',
  ]),
  c(8, 'Thông tin và Truyền thông', [
    'Có mạng wifi miễn phí ở các điểm công cộng',
    'Có ứng dụng chuyển đổi số để thực hiện thủ tục hành chính và công khai, minh bạch',
    pct('Tỷ lệ hộ gia đình sử dụng dịch vụ internet', { feed: 'facts.internetUse' }),
  ]),
  c(9, 'Nhà ở dân cư', [pct('Tỷ lệ hộ có nhà ở kiên cố', { feed: 'facts.durableHousing' })]),
];
