import type { Criterion } from '../criteria-set';
import { QD318_ANNEX_I } from './qd318-common';
import { criterionBuilder, everywhere, pct } from './set-builders';

export const qd318NtmCriterion = criterionBuilder({ basis: (number) => `${QD318_ANNEX_I}, tiêu chí số ${number}`, yesNoStatus: 'verified' });
const c = qd318NtmCriterion;

/** Criteria 1–9 of the NTM commune set: planning and economic and social infrastructure. */
export const QD318_NTM_INFRASTRUCTURE: Criterion[] = [
  c(1, 'Quy hoạch', [
    'Có quy hoạch chung xây dựng xã được phê duyệt và được công bố công khai đúng thời hạn',
    'Ban hành quy định quản lý quy hoạch chung xây dựng xã và tổ chức thực hiện theo quy hoạch',
  ]),
  c(2, 'Giao thông', [
    pct('Tỷ lệ đường xã được nhựa hóa hoặc bê tông hóa, bảo đảm ô tô đi lại thuận tiện quanh năm', { thresholds: everywhere(100, 2021) }),
    pct('Tỷ lệ đường thôn, bản và đường liên thôn, bản ít nhất được cứng hóa, bảo đảm ô tô đi lại thuận tiện quanh năm'),
    pct('Tỷ lệ đường ngõ, xóm sạch và bảo đảm đi lại thuận tiện quanh năm'),
    pct('Tỷ lệ đường trục chính nội đồng bảo đảm vận chuyển hàng hóa thuận tiện quanh năm'),
  ]),
  c(3, 'Thủy lợi và phòng, chống thiên tai', [
    pct('Tỷ lệ diện tích đất sản xuất nông nghiệp được tưới và tiêu nước chủ động'),
    'Bảo đảm yêu cầu chủ động về phòng, chống thiên tai theo phương châm 4 tại chỗ',
  ]),
  c(4, 'Điện', [
    'Hệ thống điện đạt chuẩn',
    pct('Tỷ lệ hộ có đăng ký trực tiếp và được sử dụng điện sinh hoạt, sản xuất bảo đảm an toàn, tin cậy và ổn định'),
  ]),
  c(5, 'Trường học', [
    pct('Tỷ lệ trường học các cấp (mầm non, tiểu học, THCS) có cơ sở vật chất và thiết bị dạy học đạt chuẩn quốc gia'),
  ]),
  c(6, 'Cơ sở vật chất văn hóa', [
    'Xã có nhà văn hóa hoặc hội trường đa năng và sân thể thao phục vụ sinh hoạt văn hóa, thể thao của toàn xã',
    'Xã có điểm vui chơi, giải trí và thể thao cho trẻ em và người cao tuổi theo quy định',
    pct('Tỷ lệ thôn, bản, ấp có nhà văn hóa hoặc nơi sinh hoạt văn hóa, thể thao phục vụ cộng đồng', { thresholds: everywhere(100, 2021) }),
  ]),
  c(7, 'Cơ sở hạ tầng thương mại nông thôn', ['Xã có chợ nông thôn hoặc nơi mua bán, trao đổi hàng hóa']),
  c(8, 'Thông tin và Truyền thông', [
    'Xã có điểm phục vụ bưu chính',
    'Xã có dịch vụ viễn thông, internet',
    'Xã có đài truyền thanh và hệ thống loa đến các thôn',
    'Xã có ứng dụng công nghệ thông tin trong công tác quản lý, điều hành',
  ]),
  c(9, 'Nhà ở dân cư', [
    'Không có nhà tạm, dột nát',
    pct('Tỷ lệ hộ có nhà ở kiên cố hoặc bán kiên cố', { feed: 'facts.durableHousing' }),
  ]),
];
