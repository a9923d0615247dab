import type { PovertyClass } from '../households/poverty-class';
import type { HouseholdMovement } from './household-movement';

/**
 * The lists the commune chairman's decision recognises (Decision 24/2021/QĐ-TTg art. 4(1)(đ)):
 * poor, near-poor, escaped poor, escaped near-poor, newly poor; fallen back and near-poor → poor
 * are shown too, as the province's reports count them.
 */
export const RECOGNITION_LISTS = ['poor', 'near_poor', 'escaped_poor', 'escaped_near_poor', 'newly_poor', 'fallen_back', 'near_poor_to_poor'] as const;
export type RecognitionList = (typeof RECOGNITION_LISTS)[number];

/** Also the xlsx sheet names: at most 31 characters, none of \ / ? * [ ]. */
export const RECOGNITION_LIST_LABELS_VI: Readonly<Record<RecognitionList, string>> = {
  poor: 'Hộ nghèo',
  near_poor: 'Hộ cận nghèo',
  escaped_poor: 'Hộ thoát nghèo',
  escaped_near_poor: 'Hộ thoát cận nghèo',
  newly_poor: 'Hộ nghèo mới',
  fallen_back: 'Hộ tái nghèo',
  near_poor_to_poor: 'Hộ cận nghèo thành hộ nghèo',
};

/** Who is on each list: by this year's class, or by movement. A poor household becoming near-poor
 * has escaped poverty (it is on the escaped list and on the near-poor list). */
export const RECOGNITION_LIST_MEMBERS: Readonly<Record<RecognitionList, { classes: readonly PovertyClass[] } | { movements: readonly HouseholdMovement[] }>> = {
  poor: { classes: ['poor'] },
  near_poor: { classes: ['near_poor'] },
  escaped_poor: { movements: ['escaped_poor', 'poor_to_near_poor'] },
  escaped_near_poor: { movements: ['escaped_near_poor'] },
  newly_poor: { movements: ['newly_poor'] },
  fallen_back: { movements: ['fallen_back'] },
  near_poor_to_poor: { movements: ['near_poor_to_poor'] },
};

export function isOnRecognitionList(list: RecognitionList, povertyClass: PovertyClass, movement: HouseholdMovement | null): boolean {
  const members = RECOGNITION_LIST_MEMBERS[list];
  return 'classes' in members ? members.classes.includes(povertyClass) : movement !== null && members.movements.includes(movement);
}

/** The lists posted in the village before the recognition (art. 4(1)(d)). */
export const POSTED_LISTS = ['poor', 'near_poor'] as const;
export type PostedList = (typeof POSTED_LISTS)[number];
