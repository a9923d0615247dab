import { adultEducationDeprivation, childSchoolingDeprivation } from '../indicators/education';
import { healthcareAccessDeprivation } from '../indicators/health';
import { type Indicator, type IndicatorId, indicatorIn, indicatorsOf } from '../indicators/indicator';
import { informationAccessDeprivation, phoneOrInternetDeprivation } from '../indicators/information';
import type { PovertyStandard } from '../standard';
import { ND07_INDICATORS } from './nd07';

const DECISION = 'Quyết định 59/2015/QĐ-TTg';
const ART2 = `${DECISION}, điều 2`;

/** An indicator Decision 59/2015 shares with Decree 07/2021 (same predicate), under its own number and wording. */
const fromNd07 = (id: IndicatorId, number: number, overrides: Partial<Indicator> = {}): Indicator => ({ ...indicatorIn(ND07_INDICATORS, id), number, basis: ART2, ...overrides });

/** The 10 indicators of Decision 59/2015, kept to read past classifications; predicates to be confirmed.
 * Healthcare access is not asked by the current form, so recomputing a current review under it is incomplete. */
export const QD59_INDICATORS: readonly Indicator[] = [
  ...indicatorsOf(ART2, 'to_confirm', [
    {
      id: 'adult_education', number: 1, dimension: 'education', label: 'Trình độ giáo dục của người lớn',
      threshold: 'Có ít nhất 1 người từ 15 đến dưới 30 tuổi không có bằng trung học cơ sở và hiện không đi học',
      deprived: adultEducationDeprivation([{ fromAge: 15, belowAge: 30, diplomas: new Set(['lower_secondary', 'upper_secondary', 'vocational', 'higher']) }]),
    },
    {
      id: 'child_schooling', number: 2, dimension: 'education', label: 'Tình trạng đi học của trẻ em',
      threshold: 'Có ít nhất 1 trẻ em từ 5 đến dưới 15 tuổi hiện không đi học',
      deprived: childSchoolingDeprivation(5, 15, new Set(['right_level', 'behind'])),
    },
    {
      id: 'healthcare_access', number: 3, dimension: 'health', label: 'Tiếp cận các dịch vụ y tế',
      threshold: 'Có người bị ốm đau nhưng không đi khám chữa bệnh', deprived: healthcareAccessDeprivation(),
    },
  ]),
  fromNd07('health_insurance', 4),
  fromNd07('housing_quality', 5, { threshold: 'Ở trong nhà thiếu kiên cố hoặc đơn sơ' }),
  fromNd07('housing_area', 6),
  fromNd07('water', 7, { threshold: 'Không được tiếp cận nguồn nước hợp vệ sinh' }),
  fromNd07('latrine', 8, { label: 'Hố xí/nhà tiêu hợp vệ sinh', threshold: 'Không sử dụng hố xí/nhà tiêu hợp vệ sinh' }),
  ...indicatorsOf(ART2, 'to_confirm', [
    {
      id: 'telecom', number: 9, dimension: 'information', label: 'Sử dụng dịch vụ viễn thông',
      threshold: 'Không có thành viên nào sử dụng thuê bao điện thoại hoặc internet', deprived: phoneOrInternetDeprivation(),
    },
    {
      id: 'information_access', number: 10, dimension: 'information', label: 'Tài sản phục vụ tiếp cận thông tin',
      threshold: 'Không có tài sản nào trong số ti vi, radio, máy tính và không nghe được loa đài truyền thanh xã, thôn',
      deprived: informationAccessDeprivation(new Set(['tv', 'radio', 'computer'])),
    },
  ]),
];

/** Decision 59/2015: the multidimensional poverty standard 2016–2020, extended through 2021. Two
 * income tiers: at or under the lower line a household is poor whatever its deprivations. */
export const QD59_2016_2020: PovertyStandard = {
  id: 'QD59_2016_2020',
  title: 'Chuẩn nghèo tiếp cận đa chiều giai đoạn 2016–2020',
  basis: DECISION,
  years: { value: { from: 2016, to: 2021 }, basis: `${DECISION}; kéo dài áp dụng năm 2021`, status: 'verified' },
  lines: {
    incomeOnlyPoor: { value: { rural: 700_000, urban: 900_000 }, basis: ART2, status: 'verified' },
    line: { value: { rural: 1_000_000, urban: 1_300_000 }, basis: ART2, status: 'verified' },
    averageUpper: { value: { rural: 1_500_000, urban: 1_950_000 }, basis: ART2, status: 'to_confirm' },
  },
  minDeprivations: { value: 3, basis: ART2, status: 'verified' },
  indicators: QD59_INDICATORS,
};
