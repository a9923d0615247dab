import type { Criterion } from '../criteria-set';
import { criterionBuilder, incomeSpec, pct } from './set-builders';

export const QD51 = 'Quyết định 51/2025/QĐ-TTg ngày 29/12/2025 của Thủ tướng Chính phủ (hiệu lực từ 15/02/2026)';
/** The 10 criteria and their count of 47 indicators are verified; the wording of each indicator and
 * every threshold by commune group were not obtained, so all of them ship "to confirm". */
export const qd51Criterion = criterionBuilder({ basis: (number) => `${QD51}, Phụ lục I, tiêu chí số ${number}`, yesNoStatus: 'to_confirm' });
const c = qd51Criterion;

/** Criteria 1–5 of Decision 51/2025: planning, infrastructure, economy, human resources, culture–education–health. */
export const QD51_NTM_DEVELOPMENT: Criterion[] = [
  c(1, 'Quy hoạch', [
    'Có quy hoạch chung xã được phê duyệt, công bố công khai và còn thời hạn',
    'Ban hành quy định quản lý và tổ chức thực hiện theo quy hoạch',
  ]),
  c(2, 'Hạ tầng kinh tế – xã hội', [
    pct('Tỷ lệ đường xã được nhựa hóa hoặc bê tông hóa, bảo đảm ô tô đi lại thuận tiện quanh năm'),
    pct('Tỷ lệ đường thôn, liên thôn và đường ngõ, xóm được cứng hóa, sáng – xanh – sạch – đẹp'),
    pct('Tỷ lệ đường trục chính nội đồng bảo đảm vận chuyển hàng hóa thuận tiện quanh năm'),
    pct('Tỷ lệ diện tích đất sản xuất nông nghiệp được tưới, tiêu chủ động'),
    'Bảo đảm yêu cầu phòng, chống thiên tai theo phương châm 4 tại chỗ',
    pct('Tỷ lệ hộ sử dụng điện thường xuyên, an toàn'),
    pct('Tỷ lệ trường học các cấp có cơ sở vật chất đạt chuẩn quốc gia'),
    'Có chợ hoặc hạ tầng thương mại nông thôn đạt chuẩn; nhà văn hóa, sân thể thao xã và thôn',
    pct('Tỷ lệ hộ có nhà ở kiên cố hoặc bán kiên cố', { feed: 'facts.durableHousing' }),
  ]),
  c(3, 'Phát triển kinh tế nông thôn', [
    incomeSpec('Thu nhập bình quân đầu người khu vực nông thôn'),
    'Có hợp tác xã hoạt động hiệu quả theo Luật Hợp tác xã',
    'Có mô hình liên kết sản xuất gắn với tiêu thụ sản phẩm chủ lực',
    'Có sản phẩm OCOP hoặc sản phẩm chủ lực được truy xuất nguồn gốc',
    'Có kế hoạch bảo tồn, phát triển làng nghề, du lịch nông thôn (nếu có)',
  ]),
  c(4, 'Đào tạo nguồn nhân lực nông thôn', [
    pct('Tỷ lệ lao động có việc làm qua đào tạo'),
    pct('Tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ'),
    pct('Tỷ lệ người có việc làm trên dân số trong độ tuổi lao động'),
  ]),
  c(5, 'Văn hóa, giáo dục, y tế', [
    pct('Tỷ lệ thôn đạt chuẩn văn hóa'),
    'Có điểm vui chơi, giải trí, thể thao cho trẻ em và người cao tuổi',
    'Duy trì phổ cập giáo dục mầm non, tiểu học, THCS và xóa mù chữ',
    pct('Tỷ lệ học sinh tốt nghiệp THCS tiếp tục học trung học'),
    'Xã đạt tiêu chí quốc gia về y tế',
    pct('Tỷ lệ dân số có hồ sơ sức khỏe điện tử'),
    pct('Tỷ lệ trẻ em dưới 5 tuổi bị suy dinh dưỡng thể thấp còi', { comparison: 'lte' }),
  ]),
];
