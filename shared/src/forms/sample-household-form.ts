import type { SurveyDefinition } from '../api/survey-contracts';

/** A small household form that exercises what the engine must handle: required answers, ranges,
 * choices, a roster (dynamic panel) and a question shown only by logic. */
export const SAMPLE_HOUSEHOLD_FORM: SurveyDefinition = {
  locale: 'vi',
  title: 'Phiếu mẫu: thông tin hộ gia đình',
  showQuestionNumbers: 'off',
  pages: [
    {
      name: 'ho',
      title: 'Thông tin chung',
      elements: [
        { type: 'text', name: 'head_name', title: 'Họ và tên chủ hộ', isRequired: true, maxLength: 100 },
        { type: 'text', name: 'member_count', title: 'Số nhân khẩu', inputType: 'number', isRequired: true, min: 1, max: 30 },
        {
          type: 'paneldynamic',
          name: 'members',
          title: 'Thành viên hộ',
          panelAddText: 'Thêm thành viên',
          panelRemoveText: 'Xóa thành viên',
          minPanelCount: 1,
          maxPanelCount: 30,
          templateTitle: 'Thành viên {panelIndex}',
          templateElements: [
            { type: 'text', name: 'full_name', title: 'Họ và tên', isRequired: true },
            {
              type: 'radiogroup',
              name: 'sex',
              title: 'Giới tính',
              isRequired: true,
              choices: [
                { value: 'male', text: 'Nam' },
                { value: 'female', text: 'Nữ' },
              ],
            },
            { type: 'text', name: 'birth_year', title: 'Năm sinh', inputType: 'number', isRequired: true, min: 1900, max: 2030 },
            { type: 'boolean', name: 'has_health_insurance', title: 'Có thẻ bảo hiểm y tế', isRequired: true },
          ],
        },
      ],
    },
    {
      name: 'dieu_kien_song',
      title: 'Điều kiện sống',
      elements: [
        {
          type: 'radiogroup',
          name: 'water_source',
          title: 'Nguồn nước sinh hoạt chính',
          isRequired: true,
          choices: [
            { value: 'piped', text: 'Nước máy' },
            { value: 'drilled_well', text: 'Giếng khoan' },
            { value: 'dug_well', text: 'Giếng đào' },
            { value: 'gravity', text: 'Nước tự chảy' },
            { value: 'other', text: 'Nguồn khác' },
          ],
        },
        { type: 'boolean', name: 'has_latrine', title: 'Hộ có nhà tiêu', isRequired: true },
        {
          type: 'radiogroup',
          name: 'latrine_type',
          title: 'Loại nhà tiêu',
          visibleIf: '{has_latrine} = true',
          isRequired: true,
          choices: [
            { value: 'flush', text: 'Tự hoại, bán tự hoại' },
            { value: 'double_vault', text: 'Hai ngăn' },
            { value: 'ventilated_pit', text: 'Chìm có ống thông hơi' },
            { value: 'other', text: 'Loại khác' },
          ],
        },
        { type: 'comment', name: 'notes', title: 'Ghi chú của rà soát viên', maxLength: 1000 },
      ],
    },
  ],
};
