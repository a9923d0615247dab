import type { CriteriaSet, Criterion } from '../criteria-set';
import { byRegionAndYear, type CriterionBuilder, incomeSpec, povertySpec, scaledThresholds, type Thresholds } from './set-builders';

export const QD318 = 'Quyết định 318/QĐ-TTg ngày 08/3/2022 của Thủ tướng Chính phủ';
export const QD318_ANNEX_I = `${QD318}, Phụ lục I (Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2021–2025)`;
export const QD318_ANNEX_II = `${QD318}, Phụ lục II (Bộ tiêu chí quốc gia về xã nông thôn mới nâng cao giai đoạn 2021–2025)`;
/** Art. 1: particularly difficult communes and safe-zone communes of poor districts use the TDMNPB column. */
export const QD318_TDMNPB_RULE = `${QD318}, Điều 1: xã đặc biệt khó khăn, xã an toàn khu thuộc huyện nghèo áp dụng mức của vùng Trung du và miền núi phía Bắc`;

const INCOME_YEARS = [2022, 2023, 2024, 2025] as const;

/** The annex's income table was not obtained. These placeholders keep the shape of the 2020
 * thresholds of the previous set (36 TDMNPB, 50 ĐBSH, 36 BTB, 41 DHNTB, 41 TN, 59 ĐNB, 50 ĐBSCL)
 * and rise every year 2022–2025, so that year steps work end to end until a province sets the real ones. */
export const QD318_NTM_INCOME = byRegionAndYear(INCOME_YEARS, {
  TDMNPB: [39, 42, 45, 48],
  DBSH: [54, 58, 62, 67],
  BTB: [42, 45, 48, 52],
  DHNTB: [45, 48, 51, 55],
  TN: [45, 48, 51, 55],
  DNB: [63, 67, 72, 77],
  DBSCL: [54, 58, 62, 66],
});
export const QD318_NTM_INCOME_NOTE =
  'Mức tạm tính, chưa đối chiếu phụ lục: theo dạng mức năm 2020 của bộ tiêu chí 2016–2020 (36 TDMNPB, 50 ĐBSH, 36 BTB, 41 DHNTB, 41 TN, 59 ĐNB, 50 ĐBSCL), tăng dần mỗi năm 2022–2025; cần xác nhận';

/** Placeholder: the advanced commune's income taken 10 % over the NTM commune's, to be confirmed. */
export const QD318_ADVANCED_INCOME = scaledThresholds(QD318_NTM_INCOME, 110);
export const QD318_ADVANCED_INCOME_NOTE = 'Mức tạm tính, chưa đối chiếu phụ lục: bằng 110% mức thu nhập của xã nông thôn mới cùng vùng và năm; cần xác nhận';

/** Placeholder poverty ceilings (%) for 2021–2025, to be confirmed against the annex. */
export const QD318_NTM_POVERTY = byRegionAndYear([2021], {
  TDMNPB: [6], DBSH: [2], BTB: [4], DHNTB: [4], TN: [6], DNB: [1.5], DBSCL: [3],
});
export const QD318_ADVANCED_POVERTY = byRegionAndYear([2021], {
  TDMNPB: [4], DBSH: [1], BTB: [2.5], DHNTB: [2.5], TN: [4], DNB: [1], DBSCL: [2],
});
export const QD318_POVERTY_NOTE = 'Mức tạm tính theo vùng, chưa đối chiếu phụ lục; hộ thuộc diện bảo trợ xã hội, hộ nghèo do tai nạn, ốm đau, thiên tai có thể không tính theo quy định của tỉnh; cần xác nhận';

/** What the NTM, advanced and model sets of 2021–2025 share: communes, the 7 regions, 2021–2025. */
export const QD318_PERIOD = { version: 1, unitLevel: 'commune', fromYear: 2021, toYear: 2025, scheme: 'region', provinceCode: null } as const satisfies Partial<CriteriaSet>;

type SourcedThresholds = { thresholds: Thresholds; note: string };

/** Criteria 10 (income) and 11 (multidimensional poverty): the same fed indicators in the NTM and
 * the advanced sets, each with its own thresholds. */
export function incomeAndPovertyCriteria(c: CriterionBuilder, income: SourcedThresholds, poverty: SourcedThresholds): Criterion[] {
  return [
    c(10, 'Thu nhập', [incomeSpec('Thu nhập bình quân đầu người khu vực nông thôn', income)]),
    c(11, 'Nghèo đa chiều', [povertySpec('Tỷ lệ nghèo đa chiều giai đoạn 2021–2025', poverty)]),
  ];
}
