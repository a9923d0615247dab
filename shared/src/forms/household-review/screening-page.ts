import { SCREENING_SIGNS } from '../../poverty/vocabulary/screening';
import { checklist, type SurveyElement } from './elements';

const NOT_SCREENED_OUT = "{screening_signs} empty or {screening_signs} contains 'none'";
const SCREENED_OUT = "{screening_signs} notempty and {screening_signs} notcontains 'none'";

/** A page after the screening: shown until a clear non-poor sign is ticked. */
export function reviewPage(name: string, title: string, elements: SurveyElement[]): SurveyElement {
  return { name, title, visibleIf: NOT_SCREENED_OUT, elements };
}

export const SCREENING_PAGE: SurveyElement = {
  name: 'nhan_dang_nhanh',
  title: 'Nhận dạng nhanh (Phiếu A)',
  elements: [
    {
      type: 'text',
      name: 'reference_date',
      title: 'Ngày tham chiếu của kỳ rà soát',
      description: 'Tuổi của các thành viên được tính đến ngày này.',
      inputType: 'date',
      readOnly: true,
      isRequired: true,
      defaultValueExpression: 'today()',
    },
    checklist('screening_signs', 'Hộ có dấu hiệu nào sau đây không?', SCREENING_SIGNS, 'Không có dấu hiệu nào', {
      description: 'Chỉ cần một dấu hiệu là hộ không nghèo rõ ràng: dừng rà soát.',
    }),
    {
      type: 'html',
      name: 'screened_out_note',
      visibleIf: SCREENED_OUT,
      html: '<p><strong>Hộ có dấu hiệu không nghèo rõ ràng.</strong> Dừng rà soát, không cần điền các phần sau.</p>',
    },
  ],
};
