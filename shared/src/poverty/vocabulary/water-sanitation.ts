import type { RuleStatus } from '../standard';
import { type RatedChoice, valuesMeeting } from './choice';

/** `meets` = clean water (nước sạch) for sources, hygienic (hợp vệ sinh) for latrines and waste
 * handling. Which types count is to be confirmed against the Ministry of Health's technical rules. */
export const WATER_SANITATION_STATUS: RuleStatus = 'to_confirm';
export const WATER_SANITATION_BASIS = 'Thông tư 07/2021/TT-BLĐTBXH; QCVN 01:2011/BYT (nhà tiêu hợp vệ sinh)';

export const WATER_SOURCES = [
  { value: 'piped', text: 'Nước máy', meets: true },
  { value: 'drilled_well', text: 'Giếng khoan', meets: true },
  { value: 'protected_dug_well', text: 'Giếng đào được bảo vệ', meets: true },
  { value: 'protected_spring', text: 'Nước khe, mó, tự chảy được bảo vệ', meets: true },
  { value: 'rainwater', text: 'Nước mưa', meets: true },
  { value: 'bought', text: 'Nước mua (bình, xe bồn)', meets: true },
  { value: 'unprotected_well', text: 'Giếng đào không được bảo vệ', meets: false },
  { value: 'unprotected_spring', text: 'Nước khe, mó không được bảo vệ', meets: false },
  { value: 'surface', text: 'Nước sông, suối, ao, hồ', meets: false },
  { value: 'other', text: 'Nguồn khác', meets: false },
] as const satisfies readonly RatedChoice[];
export type WaterSource = (typeof WATER_SOURCES)[number]['value'];

export const LATRINE_TYPES = [
  { value: 'flush', text: 'Tự hoại, bán tự hoại', meets: true },
  { value: 'pour_flush', text: 'Thấm dội nước', meets: true },
  { value: 'double_vault', text: 'Hai ngăn', meets: true },
  { value: 'ventilated_pit', text: 'Chìm có ống thông hơi', meets: true },
  { value: 'biogas', text: 'Biogas', meets: true },
  { value: 'simple_pit', text: 'Hố đào đơn giản', meets: false },
  { value: 'over_water', text: 'Cầu tiêu trên ao, sông, suối', meets: false },
  { value: 'none', text: 'Không có nhà tiêu', meets: false },
] as const satisfies readonly RatedChoice[];
export type LatrineType = (typeof LATRINE_TYPES)[number]['value'];

/** Household waste handling, an indicator of Decree 351/2025 whose threshold is to be confirmed. */
export const WASTE_DISPOSAL = [
  { value: 'collected', text: 'Được thu gom', meets: true },
  { value: 'treated_on_site', text: 'Tự phân loại, xử lý hợp vệ sinh tại hộ (ủ, chôn lấp đúng cách)', meets: true },
  { value: 'burned_or_dumped', text: 'Đốt, vứt ra vườn, sông, suối', meets: false },
] as const satisfies readonly RatedChoice[];
export type WasteDisposal = (typeof WASTE_DISPOSAL)[number]['value'];

export const CLEAN_WATER_SOURCES = valuesMeeting(WATER_SOURCES);
export const HYGIENIC_LATRINES = valuesMeeting(LATRINE_TYPES);
export const HYGIENIC_WASTE_DISPOSAL = valuesMeeting(WASTE_DISPOSAL);
