import {
  deprivationRates,
  HOUSEHOLD_FACT_LABELS_VI,
  HOUSEHOLD_FACTS,
  indicatorLabelVi,
  movementLabelVi,
  NATIONAL_ROOT_CODE,
  POVERTY_CLASS_LABELS_VI,
  POVERTY_CLASSES,
  type PovertyIndicatorRowDto,
  UNIT_TYPE_LABELS_VI,
} from '@ntm/shared';

export type Cell = string | number | null;
export type SummaryColumn = { header: string; value: (row: PovertyIndicatorRowDto) => Cell };

/** The columns of the summary report by unit (Vietnamese headers). Indicators and movements are
 * those of the report's top unit, so every row has the same columns. */
export function summaryColumns(indicatorIds: string[], movements: string[]): SummaryColumn[] {
  return [
    { header: 'Mã đơn vị', value: (r) => r.unit.code },
    { header: 'Tên đơn vị', value: (r) => r.unit.name },
    { header: 'Cấp', value: (r) => (r.unit.code === NATIONAL_ROOT_CODE ? 'Toàn đợt rà soát' : UNIT_TYPE_LABELS_VI[r.unit.type]) },
    { header: 'Tổng số hộ (sổ hộ, đang cư trú)', value: (r) => r.counts.households },
    { header: 'Số hộ đã rà soát (phiếu đã duyệt)', value: (r) => r.counts.reviewed },
    ...POVERTY_CLASSES.map((c) => ({ header: POVERTY_CLASS_LABELS_VI[c], value: (r: PovertyIndicatorRowDto) => r.counts.classes[c] })),
    { header: 'Tỷ lệ hộ nghèo (%)', value: (r) => r.rates.poor },
    { header: 'Tỷ lệ hộ cận nghèo (%)', value: (r) => r.rates.nearPoor },
    { header: 'Tỷ lệ hộ có mức sống trung bình (%)', value: (r) => r.rates.average },
    { header: 'Tỷ lệ nghèo đa chiều (%)', value: (r) => r.rates.multidimensional },
    { header: 'Số hộ không tính theo tiêu chí NTM', value: (r) => r.rates.ntm.excluded },
    { header: 'Tỷ lệ nghèo đa chiều theo tiêu chí NTM (%)', value: (r) => r.rates.ntm.multidimensional },
    { header: 'Thu nhập bình quân đầu người (triệu đồng/tháng)', value: (r) => r.rates.incomePerHead?.perMonth ?? null },
    { header: 'Thu nhập bình quân đầu người (triệu đồng/năm)', value: (r) => r.rates.incomePerHead?.perYear ?? null },
    ...HOUSEHOLD_FACTS.map((f) => ({ header: `${HOUSEHOLD_FACT_LABELS_VI[f]} (%)`, value: (r: PovertyIndicatorRowDto) => r.rates.facts[f] })),
    ...indicatorIds.map((id) => ({ header: `Tỷ lệ thiếu hụt: ${indicatorLabelVi(id)} (%)`, value: (r: PovertyIndicatorRowDto) => deprivationRates(r.counts, [id])[id] ?? null })),
    ...movements.map((m) => ({ header: `Biến động: ${movementLabelVi(m)}`, value: (r: PovertyIndicatorRowDto) => r.counts.movements[m] ?? 0 })),
  ];
}
