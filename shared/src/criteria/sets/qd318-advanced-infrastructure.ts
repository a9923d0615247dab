import type { Criterion } from '../criteria-set';
import { QD318_ANNEX_II } from './qd318-thresholds';
import { criterionBuilder, percentSpec } from './set-builders';

/** The advanced set keeps its own numbering: after criterion 4 its numbers mean other things than
 * in the NTM set (5 is education, 6 culture…), so criteria are always keyed by (set, number). */
export const qd318AdvancedCriterion = criterionBuilder({ basis: (number) => `${QD318_ANNEX_II}, tiêu chí số ${number}`, yesNoStatus: 'verified' });
const c = qd318AdvancedCriterion;

/** Criteria 1–9 of the advanced commune set. */
export const QD318_ADVANCED_INFRASTRUCTURE: Criterion[] = [
  c(1, 'Quy hoạch', [
    { id: '1.1', name: 'Có quy hoạch chung xây dựng xã còn thời hạn hoặc được rà soát, điều chỉnh theo quy định' },
    { id: '1.2', name: 'Có quy hoạch chi tiết xây dựng điểm dân cư nông thôn hoặc trung tâm xã được phê duyệt' },
  ]),
  c(2, 'Giao thông', [
    percentSpec('2.1', 'Tỷ lệ đường xã được bảo trì hằng năm, bảo đảm sáng – xanh – sạch – đẹp'),
    percentSpec('2.2', 'Tỷ lệ đường thôn, bản, liên thôn được cứng hóa, bảo đảm ô tô đi lại thuận tiện quanh năm'),
    percentSpec('2.3', 'Tỷ lệ đường ngõ, xóm được cứng hóa, bảo đảm sáng – xanh – sạch – đẹp'),
    percentSpec('2.4', 'Tỷ lệ đường trục chính nội đồng được cứng hóa, bảo đảm vận chuyển hàng hóa thuận tiện quanh năm'),
  ]),
  c(3, 'Thủy lợi và phòng, chống thiên tai', [
    percentSpec('3.1', 'Tỷ lệ diện tích đất sản xuất nông nghiệp được tưới và tiêu nước chủ động'),
    percentSpec('3.2', 'Tỷ lệ diện tích cây trồng chủ lực được tưới tiên tiến, tiết kiệm nước'),
    { id: '3.3', name: 'Có tổ chức thủy lợi cơ sở hoạt động hiệu quả, bền vững' },
    { id: '3.4', name: 'Đáp ứng yêu cầu phòng, chống thiên tai theo phương châm 4 tại chỗ và ứng phó biến đổi khí hậu' },
  ]),
  c(4, 'Điện', [
    percentSpec('4.1', 'Tỷ lệ hộ sử dụng điện thường xuyên, an toàn từ các nguồn'),
    { id: '4.2', name: 'Có hệ thống điện chiếu sáng trên các trục đường xã, thôn' },
  ]),
  c(5, 'Giáo dục', [
    { id: '5.1', name: 'Duy trì đạt chuẩn phổ cập giáo dục mầm non cho trẻ em 5 tuổi, tiểu học, THCS mức độ 3 và xóa mù chữ mức độ 2' },
    percentSpec('5.2', 'Tỷ lệ trường học các cấp đạt chuẩn quốc gia mức độ 2 hoặc kiểm định chất lượng giáo dục cấp độ 2'),
    { id: '5.3', name: 'Có mô hình giáo dục thông minh, học tập suốt đời; trung tâm học tập cộng đồng hoạt động hiệu quả' },
  ]),
  c(6, 'Văn hóa', [
    { id: '6.1', name: 'Có mô hình hoạt động văn hóa, thể thao tiêu biểu thu hút người dân tham gia thường xuyên' },
    percentSpec('6.2', 'Tỷ lệ thôn, bản, ấp đạt chuẩn văn hóa và được công nhận liên tục ít nhất 5 năm'),
    { id: '6.3', name: 'Di sản văn hóa được kiểm kê, ghi danh, bảo vệ, tu bổ và phát huy giá trị' },
  ]),
  c(7, 'Cơ sở hạ tầng thương mại nông thôn', [
    { id: '7.1', name: 'Có chợ đạt chuẩn theo quy định hoặc cửa hàng tiện lợi, siêu thị mini đáp ứng nhu cầu người dân' },
    { id: '7.2', name: 'Có mô hình thương mại điện tử hoặc điểm giới thiệu, bán sản phẩm OCOP' },
  ]),
  c(8, 'Thông tin và Truyền thông', [
    { id: '8.1', name: 'Có mạng wifi miễn phí ở các điểm công cộng' },
    { id: '8.2', name: 'Có ứng dụng chuyển đổi số để thực hiện thủ tục hành chính và công khai, minh bạch' },
    percentSpec('8.3', 'Tỷ lệ hộ gia đình sử dụng dịch vụ internet', { feed: 'facts.internetUse' }),
  ]),
  c(9, 'Nhà ở dân cư', [percentSpec('9.1', 'Tỷ lệ hộ có nhà ở kiên cố', { feed: 'facts.durableHousing' })]),
];
