/** Outcome of classifying one household's review (Decree 07/2021 art. 3 and its successors):
 * `screened_out` when the quick screening (Phiếu A) stopped the review, `incomplete` when a fact
 * the rules need is missing — never a silent "not deprived". */
export const POVERTY_CLASSES = ['poor', 'near_poor', 'average', 'not_poor', 'screened_out', 'incomplete'] as const;
export type PovertyClass = (typeof POVERTY_CLASSES)[number];

export const POVERTY_CLASS_LABELS_VI: Readonly<Record<PovertyClass, string>> = {
  poor: 'Hộ nghèo',
  near_poor: 'Hộ cận nghèo',
  average: 'Hộ có mức sống trung bình',
  not_poor: 'Hộ không nghèo',
  screened_out: 'Loại khỏi rà soát (Phiếu A)',
  incomplete: 'Chưa đủ thông tin',
};
