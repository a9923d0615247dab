import { type Indicator, indicatorsOf } from '../indicators/indicator';
import { digitalUseDeprivation } from '../indicators/information';
import { wasteDeprivation } from '../indicators/water-sanitation';
import type { PovertyStandard } from '../standard';
import { ND07_INDICATORS } from './nd07';

const DECREE = 'Nghị định 351/2025/NĐ-CP';

/** Decree 351/2025 keeps the structure of Decree 07/2021, drops indicator 12 and adds digital use and
 * household waste handling. The list, its numbering and the new predicates are to be confirmed. */
const KEPT = ND07_INDICATORS.filter((indicator) => indicator.id !== 'information_access').map(
  (indicator): Indicator => ({ ...indicator, basis: `${DECREE} (giữ chỉ số của Nghị định 07/2021/NĐ-CP)`, status: 'to_confirm' }),
);

export const ND351_INDICATORS: readonly Indicator[] = [
  ...KEPT,
  ...indicatorsOf(DECREE, 'to_confirm', [
    {
      id: 'digital_use', number: 12, dimension: 'information', label: 'Sử dụng dịch vụ số',
      threshold: 'Không có thành viên nào sử dụng dịch vụ số (dịch vụ công trực tuyến, thanh toán điện tử…)', deprived: digitalUseDeprivation(),
    },
    {
      id: 'waste', number: 13, dimension: 'water_sanitation', label: 'Xử lý rác thải sinh hoạt',
      threshold: 'Rác thải sinh hoạt của hộ không được thu gom hoặc xử lý hợp vệ sinh', deprived: wasteDeprivation(),
    },
  ]),
];

/** Decree 351/2025: the multidimensional poverty standard 2027–2030. */
export const ND351_2027_2030: PovertyStandard = {
  id: 'ND351_2027_2030',
  title: 'Chuẩn nghèo đa chiều giai đoạn 2027–2030',
  basis: DECREE,
  years: { value: { from: 2027, to: 2030 }, basis: DECREE, status: 'verified' },
  lines: {
    incomeOnlyPoor: null,
    line: { value: { rural: 2_200_000, urban: 2_800_000 }, basis: DECREE, status: 'verified' },
    // Provisional: 1.5 × the line, the ratio of Decree 07/2021 (2,250,000 / 1,500,000 and 3,000,000 / 2,000,000).
    averageUpper: { value: { rural: 3_300_000, urban: 4_200_000 }, basis: `${DECREE} (tạm tính bằng 1,5 lần chuẩn nghèo)`, status: 'to_confirm' },
  },
  minDeprivations: { value: 3, basis: `${DECREE} (giữ cấu trúc của Nghị định 07/2021/NĐ-CP)`, status: 'to_confirm' },
  indicators: ND351_INDICATORS,
};
