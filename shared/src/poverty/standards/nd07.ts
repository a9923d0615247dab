import { dependantsDeprivation, employmentDeprivation } from '../indicators/employment';
import { adultEducationDeprivation, childSchoolingDeprivation } from '../indicators/education';
import { insuranceDeprivation, nutritionDeprivation } from '../indicators/health';
import { housingAreaDeprivation, housingQualityDeprivation } from '../indicators/housing';
import { type Indicator, indicatorsOf } from '../indicators/indicator';
import { informationAccessDeprivation, internetDeprivation } from '../indicators/information';
import { latrineDeprivation, waterDeprivation } from '../indicators/water-sanitation';
import type { PovertyStandard } from '../standard';

const DECREE = 'Nghị định 07/2021/NĐ-CP';
const ART3 = `${DECREE}, điều 3`;
const INDICATOR_BASIS = `${ART3}; Thông tư 07/2021/TT-BLĐTBXH`;

/** The 12 indicators of Decree 07/2021: names verified, predicates (the thresholds' exact reading) to be confirmed. */
export const ND07_INDICATORS: readonly Indicator[] = indicatorsOf(INDICATOR_BASIS, 'to_confirm', [
  {
    id: 'employment', number: 1, dimension: 'employment', label: 'Việc làm',
    threshold: 'Có ít nhất 1 người trong độ tuổi lao động thất nghiệp hoặc làm công ăn lương không có hợp đồng lao động',
    deprived: employmentDeprivation(),
  },
  {
    id: 'dependants', number: 2, dimension: 'employment', label: 'Người phụ thuộc trong hộ gia đình',
    threshold: 'Người phụ thuộc (trẻ em dưới 16 tuổi, người từ 60 tuổi trở lên, người khuyết tật nặng không có khả năng lao động) chiếm trên 50% số nhân khẩu',
    deprived: dependantsDeprivation({ childBelowAge: 16, elderlyFromAge: 60, moreThan: { numerator: 1, denominator: 2 } }),
  },
  {
    id: 'nutrition', number: 3, dimension: 'health', label: 'Dinh dưỡng',
    threshold: 'Có ít nhất 1 trẻ em dưới 16 tuổi bị suy dinh dưỡng chiều cao theo tuổi hoặc cân nặng theo tuổi',
    deprived: nutritionDeprivation(16),
  },
  {
    id: 'health_insurance', number: 4, dimension: 'health', label: 'Bảo hiểm y tế',
    threshold: 'Có ít nhất 1 người từ 6 tuổi trở lên không có bảo hiểm y tế',
    deprived: insuranceDeprivation(6),
  },
  {
    id: 'adult_education', number: 5, dimension: 'education', label: 'Trình độ giáo dục của người lớn',
    threshold: 'Có ít nhất 1 người từ 16 đến 30 tuổi không đi học, đào tạo và không có bằng cấp theo độ tuổi (16 đến dưới 18 tuổi: trung học cơ sở; 18 đến 30 tuổi: trung học phổ thông, trung cấp hoặc chứng chỉ nghề)',
    deprived: adultEducationDeprivation([
      { fromAge: 16, belowAge: 18, diplomas: new Set(['lower_secondary', 'upper_secondary', 'vocational', 'higher']) },
      { fromAge: 18, belowAge: 31, diplomas: new Set(['upper_secondary', 'vocational', 'higher']) },
    ]),
  },
  {
    id: 'child_schooling', number: 6, dimension: 'education', label: 'Tình trạng đi học của trẻ em',
    threshold: 'Có ít nhất 1 trẻ em từ 3 đến dưới 16 tuổi không được học đúng bậc, cấp học phù hợp với độ tuổi',
    deprived: childSchoolingDeprivation(3, 16, new Set(['right_level'])),
  },
  {
    id: 'housing_quality', number: 7, dimension: 'housing', label: 'Chất lượng nhà ở',
    threshold: 'Sống trong nhà không bền chắc: ít nhất 2 trong 3 kết cấu tường, cột, mái làm bằng vật liệu không bền chắc',
    deprived: housingQualityDeprivation(2),
  },
  {
    id: 'housing_area', number: 8, dimension: 'housing', label: 'Diện tích nhà ở bình quân đầu người',
    threshold: 'Diện tích nhà ở bình quân đầu người dưới 8 m²',
    deprived: housingAreaDeprivation(8),
  },
  {
    id: 'water', number: 9, dimension: 'water_sanitation', label: 'Nguồn nước sinh hoạt',
    threshold: 'Không tiếp cận được nguồn nước sạch',
    deprived: waterDeprivation(),
  },
  {
    id: 'latrine', number: 10, dimension: 'water_sanitation', label: 'Nhà tiêu hợp vệ sinh',
    threshold: 'Không sử dụng nhà tiêu hợp vệ sinh',
    deprived: latrineDeprivation(),
  },
  {
    id: 'telecom', number: 11, dimension: 'information', label: 'Sử dụng dịch vụ viễn thông',
    threshold: 'Không có thành viên nào sử dụng dịch vụ internet',
    deprived: internetDeprivation(),
  },
  {
    id: 'information_access', number: 12, dimension: 'information', label: 'Phương tiện phục vụ tiếp cận thông tin',
    threshold: 'Không có phương tiện nào trong số ti vi, radio, máy tính, điện thoại, máy tính bảng và không nghe được loa đài truyền thanh xã, thôn',
    deprived: informationAccessDeprivation(new Set(['tv', 'radio', 'computer', 'phone', 'tablet'])),
  },
]);

/** Decree 07/2021: the multidimensional poverty standard 2022–2025, kept for 2026 by Decree 351/2025. */
export const ND07_2022_2025: PovertyStandard = {
  id: 'ND07_2022_2025',
  title: 'Chuẩn nghèo đa chiều giai đoạn 2022–2025',
  basis: DECREE,
  years: { value: { from: 2022, to: 2026 }, basis: `${DECREE}; Nghị định 351/2025/NĐ-CP (áp dụng đến hết 31/12/2026)`, status: 'verified' },
  lines: {
    incomeOnlyPoor: null,
    line: { value: { rural: 1_500_000, urban: 2_000_000 }, basis: ART3, status: 'verified' },
    averageUpper: { value: { rural: 2_250_000, urban: 3_000_000 }, basis: ART3, status: 'verified' },
  },
  minDeprivations: { value: 3, basis: ART3, status: 'verified' },
  indicators: ND07_INDICATORS,
};
