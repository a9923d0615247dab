import type { SurveyDefinition } from '../api/survey-contracts';
import { itemName, NOT_SATISFIED, OVERALL_ITEM, POLL_ANSWER_LABELS_VI, PROPOSALS_FIELD, SATISFIED } from './poll-items';

/** The criteria of the national set for communes, 2026–2030 (Decision 51/2025/QĐ-TTg). */
export const CRITERIA_2026 = [
  'Quy hoạch',
  'Hạ tầng kinh tế – xã hội',
  'Phát triển kinh tế nông thôn',
  'Đào tạo nguồn nhân lực nông thôn',
  'Văn hóa, giáo dục, y tế',
  'Giảm nghèo và an sinh xã hội',
  'Khoa học công nghệ và chuyển đổi số',
  'Môi trường và cảnh quan nông thôn',
  'Xây dựng hệ thống chính trị và hành chính công',
  'Tiếp cận pháp luật và an ninh, quốc phòng',
] as const;

/** The 19 criteria of the national set for communes, 2021–2025 (Decision 318/QĐ-TTg). */
export const CRITERIA_2021 = [
  'Quy hoạch',
  'Giao thông',
  'Thủy lợi và phòng, chống thiên tai',
  'Điện',
  'Trường học',
  'Cơ sở vật chất văn hóa',
  'Cơ sở hạ tầng thương mại nông thôn',
  'Thông tin và Truyền thông',
  'Nhà ở dân cư',
  'Thu nhập',
  'Nghèo đa chiều',
  'Lao động',
  'Tổ chức sản xuất và phát triển kinh tế nông thôn',
  'Giáo dục và Đào tạo',
  'Y tế',
  'Văn hóa',
  'Môi trường và an toàn thực phẩm',
  'Hệ thống chính trị và tiếp cận pháp luật',
  'Quốc phòng và An ninh',
] as const;

const CHOICES = [
  { value: SATISFIED, text: POLL_ANSWER_LABELS_VI[SATISFIED] },
  { value: NOT_SATISFIED, text: POLL_ANSWER_LABELS_VI[NOT_SATISFIED] },
];

const pollItem = (name: string, title: string) => ({ type: 'radiogroup', name, title, choices: CHOICES, colCount: 2 });

/** One "Hài lòng / Không hài lòng" item per criterion, the overall item and free-text proposals.
 * Nothing is required: an item left blank is counted as unanswered, not refused. */
export function satisfactionPollForm(title: string, criteria: readonly string[]): SurveyDefinition {
  return {
    locale: 'vi',
    title,
    description: 'Phiếu không ghi tên. Mỗi hộ gia đình chỉ trả lời một phiếu.',
    showQuestionNumbers: 'off',
    pages: [
      {
        name: 'y_kien',
        elements: [
          ...criteria.map((criterion, i) => pollItem(itemName(i + 1), `${i + 1}. ${criterion}`)),
          pollItem(OVERALL_ITEM, 'Đánh giá chung về kết quả xây dựng nông thôn mới của xã'),
          { type: 'comment', name: PROPOSALS_FIELD, title: 'Ý kiến, đề xuất của gia đình', maxLength: 2000 },
        ],
      },
    ],
  };
}

export const SATISFACTION_POLL_2026_TITLE = 'Phiếu lấy ý kiến sự hài lòng của người dân về kết quả xây dựng nông thôn mới (bộ tiêu chí 2026–2030)';
export const SATISFACTION_POLL_2021_TITLE = 'Phiếu lấy ý kiến sự hài lòng của người dân về kết quả xây dựng nông thôn mới (bộ tiêu chí 2021–2025)';
export const SATISFACTION_POLL_2026_FORM = satisfactionPollForm(SATISFACTION_POLL_2026_TITLE, CRITERIA_2026);
export const SATISFACTION_POLL_2021_FORM = satisfactionPollForm(SATISFACTION_POLL_2021_TITLE, CRITERIA_2021);
