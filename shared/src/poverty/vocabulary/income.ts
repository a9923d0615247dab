import type { Choice } from './choice';

/** Sources of the household's income over the last 12 months (Phiếu C style), in đồng. State
 * social assistance is not income for the standard and is left out of every source. */
export const INCOME_SOURCES = [
  { value: 'wages', text: 'Tiền lương, tiền công' },
  { value: 'crops', text: 'Trồng trọt' },
  { value: 'livestock', text: 'Chăn nuôi' },
  { value: 'forestry', text: 'Lâm nghiệp' },
  { value: 'fishery', text: 'Thủy sản' },
  { value: 'business', text: 'Sản xuất, kinh doanh, dịch vụ phi nông nghiệp' },
  { value: 'other', text: 'Thu khác (không kể trợ cấp xã hội của Nhà nước)' },
] as const satisfies readonly Choice[];
export type IncomeSource = (typeof INCOME_SOURCES)[number]['value'];

export const INCOME_METHODS = [
  { value: 'measured', text: 'Thu nhập thực tế theo nguồn trong 12 tháng qua' },
  { value: 'proxy', text: 'Chấm điểm đặc điểm, tài sản của hộ (Phiếu B1)' },
] as const satisfies readonly Choice[];
export type IncomeMethod = (typeof INCOME_METHODS)[number]['value'];

/** Assets asked for the B1 proxy score; the form adds "none". */
export const PROXY_ASSETS = [
  { value: 'motorbike', text: 'Xe máy' },
  { value: 'fridge', text: 'Tủ lạnh' },
  { value: 'washing_machine', text: 'Máy giặt' },
  { value: 'air_conditioner', text: 'Điều hòa nhiệt độ' },
  { value: 'water_heater', text: 'Bình nóng lạnh' },
  { value: 'car', text: 'Ô tô' },
] as const satisfies readonly Choice[];
export type ProxyAsset = (typeof PROXY_ASSETS)[number]['value'];
