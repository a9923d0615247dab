import { MEMBER_RELATION_LABELS_VI, SEX_LABELS_VI } from '../../households/household';
import { DIPLOMAS, EMPLOYMENT_STATUSES, SCHOOL_ATTENDANCE } from '../../poverty/vocabulary/members';
import { choicesOfLabels, singleChoice, type SurveyElement, yesNo } from './elements';
import { reviewPage } from './screening-page';

// Ages on the reference date, as the rules take them (survey-core's dateDiff counts the birthday like shared/src/poverty/dates.ts).
const AGE_KNOWN = '{panel.age} notempty';
const aged = (condition: string) => `${AGE_KNOWN} and ${condition}`;

/** The roster: each question is asked only at the ages the rules read it, to keep each member's panel short. */
const MEMBER_ELEMENTS: SurveyElement[] = [
  { type: 'text', name: 'member_id', title: 'Mã thành viên (sổ hộ)', readOnly: true, visibleIf: '{panel.member_id} notempty' },
  { type: 'text', name: 'full_name', title: 'Họ và tên', isRequired: true, maxLength: 100 },
  { type: 'radiogroup', name: 'sex', title: 'Giới tính', isRequired: true, choices: choicesOfLabels(SEX_LABELS_VI), colCount: 2 },
  { type: 'text', name: 'birth_date', title: 'Ngày sinh', inputType: 'date', isRequired: true, min: '1900-01-01', maxValueExpression: '{reference_date}' },
  { type: 'expression', name: 'age', title: 'Tuổi tại ngày tham chiếu', expression: "dateDiff({panel.birth_date}, {reference_date}, 'years')" },
  { type: 'dropdown', name: 'relation', title: 'Quan hệ với chủ hộ', isRequired: true, choices: choicesOfLabels(MEMBER_RELATION_LABELS_VI) },
  yesNo('health_insurance', 'Có thẻ bảo hiểm y tế còn hạn', { visibleIf: aged('{panel.age} >= 6') }),
  singleChoice('radiogroup', 'school_attendance', 'Tình trạng đi học', SCHOOL_ATTENDANCE, { visibleIf: aged('{panel.age} >= 3 and {panel.age} < 16') }),
  yesNo('in_education', 'Đang đi học hoặc tham gia khóa đào tạo', { visibleIf: aged('{panel.age} >= 16 and {panel.age} <= 30') }),
  singleChoice('dropdown', 'diploma', 'Bằng cấp, chứng chỉ cao nhất', DIPLOMAS, { visibleIf: aged('{panel.age} >= 16 and {panel.age} <= 30 and {panel.in_education} = false') }),
  singleChoice('radiogroup', 'employment', 'Tình trạng việc làm', EMPLOYMENT_STATUSES, { visibleIf: aged('{panel.age} >= 15') }),
  yesNo('labour_contract', 'Có hợp đồng lao động', { visibleIf: aged("{panel.age} >= 15 and {panel.employment} = 'wage'") }),
  yesNo('severe_disability', 'Khuyết tật nặng hoặc đặc biệt nặng, không có khả năng lao động', { visibleIf: aged('{panel.age} >= 16 and {panel.age} < 60') }),
  yesNo('social_allowance', 'Đang hưởng trợ cấp xã hội hằng tháng', { isRequired: false }),
  yesNo('malnourished', 'Trẻ bị suy dinh dưỡng thấp còi (chiều cao theo tuổi) hoặc nhẹ cân (cân nặng theo tuổi)', { visibleIf: aged('{panel.age} < 16') }),
];

export const MEMBERS_PAGE = reviewPage('thanh_vien', 'Thành viên hộ', [
  {
    type: 'paneldynamic',
    name: 'members',
    title: 'Danh sách thành viên hộ',
    isRequired: true,
    minPanelCount: 1,
    maxPanelCount: 30,
    templateTitle: 'Thành viên {panelIndex}: {panel.full_name}',
    panelAddText: 'Thêm thành viên',
    panelRemoveText: 'Xóa thành viên',
    templateElements: MEMBER_ELEMENTS,
  },
]);
