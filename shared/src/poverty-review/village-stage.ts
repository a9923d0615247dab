import type { Role } from '../accounts/role';

/**
 * The household review of one village (Decision 24/2021/QĐ-TTg, art. 4): the list of households
 * to review is drawn up, the forms are collected and approved, the village meeting weighs the
 * results, the lists are posted publicly, the district's opinion was asked (optional since the
 * districts were abolished on 1 July 2025), and the commune chairman recognises the lists.
 */
export const VILLAGE_STAGES = ['listing', 'collecting', 'meeting', 'posting', 'district_opinion', 'ready', 'recognised'] as const;
export type VillageStage = (typeof VILLAGE_STAGES)[number];

export const VILLAGE_STAGE_LABELS_VI: Readonly<Record<VillageStage, string>> = {
  listing: 'Lập danh sách hộ rà soát',
  collecting: 'Thu thập, duyệt phiếu',
  meeting: 'Chờ họp thôn',
  posting: 'Niêm yết công khai',
  district_opinion: 'Chờ ý kiến cấp trên',
  ready: 'Sẵn sàng công nhận',
  recognised: 'Đã công nhận',
};

export const VILLAGE_ACTIONS = [
  'confirm_list',
  'close_collection',
  'reopen_collection',
  'accept_meeting',
  'reject_meeting',
  'complete_posting',
  'record_district_opinion',
  'recognise',
] as const;
export type VillageAction = (typeof VILLAGE_ACTIONS)[number];

export const VILLAGE_ACTION_LABELS_VI: Readonly<Record<VillageAction, string>> = {
  confirm_list: 'Chốt danh sách, bắt đầu rà soát',
  close_collection: 'Chốt phiếu, chuyển họp thôn',
  reopen_collection: 'Mở lại thu thập phiếu',
  accept_meeting: 'Họp thôn thông qua',
  reject_meeting: 'Họp thôn không thông qua, rà soát lại',
  complete_posting: 'Kết thúc niêm yết',
  record_district_opinion: 'Ghi nhận ý kiến cấp trên',
  recognise: 'Xã công nhận',
};

export type VillageStageOptions = {
  /** The optional step after posting (a province setting). */
  districtOpinion: boolean;
};

type Move = { from: VillageStage; to: VillageStage | ((options: VillageStageOptions) => VillageStage); roles: readonly Role[] };

const RECORDERS: readonly Role[] = ['admin', 'supervisor'];

/** Supervisors and admins record the village's steps; only an admin (of the commune or the
 * province, acting for the commune chairman) records the recognition decision. */
const MOVES: Readonly<Record<VillageAction, Move>> = {
  confirm_list: { from: 'listing', to: 'collecting', roles: RECORDERS },
  close_collection: { from: 'collecting', to: 'meeting', roles: RECORDERS },
  reopen_collection: { from: 'meeting', to: 'collecting', roles: RECORDERS },
  accept_meeting: { from: 'meeting', to: 'posting', roles: RECORDERS },
  // Art. 4(1)(c): fewer than half of the attendees agreeing sends the village back to re-review.
  reject_meeting: { from: 'meeting', to: 'collecting', roles: RECORDERS },
  complete_posting: { from: 'posting', to: ({ districtOpinion }) => (districtOpinion ? 'district_opinion' : 'ready'), roles: RECORDERS },
  record_district_opinion: { from: 'district_opinion', to: 'ready', roles: RECORDERS },
  recognise: { from: 'ready', to: 'recognised', roles: ['admin'] },
};

export function mayTakeVillageAction(role: Role, action: VillageAction): boolean {
  return MOVES[action].roles.includes(role);
}

/** The stage after `action`, or null when the action is illegal from `stage` or not the role's to take. */
export function nextVillageStage(stage: VillageStage, action: VillageAction, role: Role, options: VillageStageOptions): VillageStage | null {
  const move = MOVES[action];
  if (move.from !== stage || !move.roles.includes(role)) return null;
  return typeof move.to === 'function' ? move.to(options) : move.to;
}

/** The list may change until collection closes: households asking to be reviewed are added then. */
export function canEditList(stage: VillageStage): boolean {
  return stage === 'listing' || stage === 'collecting';
}
