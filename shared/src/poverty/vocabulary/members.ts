import type { Choice } from './choice';

/** Main activity of a member of 15 or over. Only `wage` asks about a labour contract. */
export const EMPLOYMENT_STATUSES = [
  { value: 'wage', text: 'Làm công ăn lương' },
  { value: 'self_employed', text: 'Tự làm nông, lâm, ngư nghiệp hoặc sản xuất, kinh doanh của hộ' },
  { value: 'unemployed', text: 'Thất nghiệp (không có việc làm, đang tìm việc)' },
  { value: 'not_working', text: 'Không làm việc (đi học, nội trợ, nghỉ hưu, mất sức lao động…)' },
] as const satisfies readonly Choice[];
export type EmploymentStatus = (typeof EMPLOYMENT_STATUSES)[number]['value'];

/** A child's schooling against the level for its age (bậc, cấp học phù hợp với độ tuổi). */
export const SCHOOL_ATTENDANCE = [
  { value: 'right_level', text: 'Đang đi học đúng cấp học theo độ tuổi' },
  { value: 'behind', text: 'Đang đi học nhưng chậm so với độ tuổi' },
  { value: 'not_attending', text: 'Không đi học' },
] as const satisfies readonly Choice[];
export type SchoolAttendance = (typeof SCHOOL_ATTENDANCE)[number]['value'];

/** Highest diploma or certificate held. */
export const DIPLOMAS = [
  { value: 'none', text: 'Chưa có bằng cấp' },
  { value: 'primary', text: 'Tiểu học' },
  { value: 'lower_secondary', text: 'Trung học cơ sở' },
  { value: 'upper_secondary', text: 'Trung học phổ thông' },
  { value: 'vocational', text: 'Trung cấp hoặc chứng chỉ nghề' },
  { value: 'higher', text: 'Cao đẳng, đại học trở lên' },
] as const satisfies readonly Choice[];
export type Diploma = (typeof DIPLOMAS)[number]['value'];
