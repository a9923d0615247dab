import { POVERTY_CLASS_LABELS_VI, type PovertyClass } from '../households/poverty-class';
import type { TraceLine } from './assessment';
import { lowerFirst } from './format-vi';
import type { Indicator, Tri } from './indicators/indicator';
import { RESIDENCE_AREA_LABELS_VI, type PovertyStandard, type ResidenceArea } from './standard';

/** Vietnamese lines of the classification's reasoning, one per rule applied. */
export function standardLine(standard: PovertyStandard, area: ResidenceArea): TraceLine {
  return {
    rule: 'standard',
    value: standard.id,
    threshold: null,
    outcome: 'applied',
    text: `Áp dụng ${lowerFirst(standard.title)} (${standard.basis}), khu vực ${RESIDENCE_AREA_LABELS_VI[area]}.`,
  };
}

export function screeningLine(signs: readonly string[] | null): TraceLine {
  const base = { rule: 'screening', value: signs === null ? null : signs.length, threshold: 1 };
  if (signs === null) return { ...base, outcome: 'unknown', text: 'Nhận dạng nhanh (Phiếu A): chưa trả lời.' };
  if (signs.length > 0) return { ...base, outcome: 'screened_out', text: `Nhận dạng nhanh (Phiếu A): hộ có ${signs.length} dấu hiệu không nghèo rõ ràng, dừng rà soát.` };
  return { ...base, outcome: 'continue', text: 'Nhận dạng nhanh (Phiếu A): không có dấu hiệu không nghèo rõ ràng, tiếp tục rà soát.' };
}

const VERDICT_TEXT = { true: 'thiếu hụt', false: 'không thiếu hụt', null: 'chưa đủ thông tin' } as const;
const VERDICT_OUTCOME = { true: 'deprived', false: 'not_deprived', null: 'unknown' } as const;

export function indicatorLine(indicator: Indicator, verdict: Tri): TraceLine {
  const key = String(verdict) as keyof typeof VERDICT_TEXT;
  return {
    rule: `indicator.${indicator.id}`,
    value: verdict,
    threshold: indicator.threshold,
    outcome: VERDICT_OUTCOME[key],
    text: `Chỉ số ${indicator.number} – ${indicator.label}: ${VERDICT_TEXT[key]}.`,
  };
}

export function deprivationLine(count: number, unknown: number, minimum: number): TraceLine {
  const pending = unknown > 0 ? `, ${unknown} chỉ số chưa đủ thông tin` : '';
  return {
    rule: 'deprivations',
    value: count,
    threshold: minimum,
    outcome: count >= minimum ? 'at_least_minimum' : 'below_minimum',
    text: `Số chỉ số thiếu hụt: ${count}${pending} (hộ nghèo: thiếu hụt từ ${minimum} chỉ số trở lên).`,
  };
}

export function livelihoodLine(farm: boolean | null): TraceLine {
  const text =
    farm === null
      ? 'Chưa rõ hộ có sống chủ yếu bằng nông, lâm, ngư, diêm nghiệp hay không (cần để xếp hộ có mức sống trung bình).'
      : farm
        ? 'Hộ làm nông, lâm, ngư, diêm nghiệp: áp dụng chuẩn hộ có mức sống trung bình.'
        : 'Hộ không làm nông, lâm, ngư, diêm nghiệp: không xếp hộ có mức sống trung bình.';
  return { rule: 'farm_livelihood', value: farm, threshold: null, outcome: farm === null ? 'unknown' : String(farm), text };
}

export function classLine(povertyClass: PovertyClass): TraceLine {
  return { rule: 'class', value: povertyClass, threshold: null, outcome: povertyClass, text: `Kết quả: ${POVERTY_CLASS_LABELS_VI[povertyClass]}.` };
}
