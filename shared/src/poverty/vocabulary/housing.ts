import type { RuleStatus } from '../standard';
import { type RatedChoice, valuesMeeting } from './choice';

/** `meets` = durable (bền chắc). The sorting follows the statistics office's housing classification
 * used by Circular 07/2021/TT-BLĐTBXH; which materials count as durable is to be confirmed. */
export const HOUSING_MATERIAL_STATUS: RuleStatus = 'to_confirm';
export const HOUSING_MATERIAL_BASIS = 'Thông tư 07/2021/TT-BLĐTBXH (Phiếu C, phân loại vật liệu bền chắc của Tổng cục Thống kê)';

export const WALL_MATERIALS = [
  { value: 'concrete', text: 'Bê tông cốt thép', meets: true },
  { value: 'brick_stone', text: 'Gạch, đá', meets: true },
  { value: 'wood_metal', text: 'Gỗ bền chắc, kim loại', meets: true },
  { value: 'earth_bamboo', text: 'Đất, tre, nứa, lá, gỗ tạp, ván ép', meets: false },
  { value: 'other', text: 'Vật liệu tạm bợ khác', meets: false },
] as const satisfies readonly RatedChoice[];
export type WallMaterial = (typeof WALL_MATERIALS)[number]['value'];

export const FRAME_MATERIALS = [
  { value: 'concrete', text: 'Bê tông cốt thép', meets: true },
  { value: 'brick_stone', text: 'Gạch, đá', meets: true },
  { value: 'steel', text: 'Sắt, thép', meets: true },
  { value: 'durable_wood', text: 'Gỗ bền chắc', meets: true },
  { value: 'bamboo_poor_wood', text: 'Tre, gỗ tạp', meets: false },
  { value: 'other', text: 'Vật liệu tạm bợ khác', meets: false },
] as const satisfies readonly RatedChoice[];
export type FrameMaterial = (typeof FRAME_MATERIALS)[number]['value'];

export const ROOF_MATERIALS = [
  { value: 'concrete', text: 'Bê tông cốt thép', meets: true },
  { value: 'tile', text: 'Ngói (xi măng, đất nung)', meets: true },
  { value: 'metal_fibre_cement', text: 'Tôn, tấm lợp fibro xi măng', meets: true },
  { value: 'thatch_leaves', text: 'Tranh, tre, nứa, lá, giấy dầu', meets: false },
  { value: 'other', text: 'Vật liệu tạm bợ khác', meets: false },
] as const satisfies readonly RatedChoice[];
export type RoofMaterial = (typeof ROOF_MATERIALS)[number]['value'];

export const DURABLE_WALLS = valuesMeeting(WALL_MATERIALS);
export const DURABLE_FRAMES = valuesMeeting(FRAME_MATERIALS);
export const DURABLE_ROOFS = valuesMeeting(ROOF_MATERIALS);
