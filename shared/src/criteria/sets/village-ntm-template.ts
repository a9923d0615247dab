import type { CriteriaSet } from '../criteria-set';
import { incomeSpec, pct, povertySpec, villageTemplate } from './set-builders';

/** A village-level set (thôn nông thôn mới, 14 criteria) that a province adopts as its own with
 * `adoptCriteriaSet`; each province sets its thresholds, hence one column and "to confirm" throughout. */
export const VILLAGE_NTM_TEMPLATE: CriteriaSet = villageTemplate(
  {
    id: 'VILLAGE_NTM_TEMPLATE',
    name: 'Bộ tiêu chí thôn nông thôn mới (mẫu)',
    tier: 'ntm',
    legalBasis: 'Mẫu bộ tiêu chí thôn nông thôn mới do tỉnh ban hành (theo hướng dẫn của Trung ương)',
  },
  (c) => [
    c(1, 'Giao thông', [pct('Tỷ lệ đường thôn, ngõ xóm được cứng hóa, sạch, đi lại thuận tiện quanh năm')]),
    c(2, 'Điện', [pct('Tỷ lệ hộ sử dụng điện thường xuyên, an toàn')]),
    c(3, 'Nhà văn hóa và khu thể thao thôn', ['Thôn có nhà văn hóa và khu thể thao đạt chuẩn']),
    c(4, 'Thông tin và truyền thông', [
      'Thôn có hệ thống loa truyền thanh hoạt động',
      pct('Tỷ lệ hộ sử dụng dịch vụ internet', { feed: 'facts.internetUse' }),
    ]),
    c(5, 'Nhà ở dân cư', [pct('Tỷ lệ hộ có nhà ở kiên cố hoặc bán kiên cố', { feed: 'facts.durableHousing' })]),
    c(6, 'Thu nhập', [incomeSpec('Thu nhập bình quân đầu người')]),
    c(7, 'Hộ nghèo', [povertySpec('Tỷ lệ nghèo đa chiều')]),
    c(8, 'Tổ chức sản xuất', ['Thôn có tổ hợp tác hoặc mô hình sản xuất hiệu quả']),
    c(9, 'Giáo dục', [pct('Tỷ lệ trẻ em trong độ tuổi đi học được đến trường')]),
    c(10, 'Y tế', [pct('Tỷ lệ người dân tham gia bảo hiểm y tế (theo hộ có mọi thành viên tham gia)', { feed: 'facts.allInsured' })]),
    c(11, 'Văn hóa', ['Thôn được công nhận danh hiệu thôn văn hóa']),
    c(12, 'Môi trường', [
      pct('Tỷ lệ hộ được sử dụng nước sạch', { feed: 'facts.cleanWater' }),
      pct('Tỷ lệ hộ có nhà tiêu hợp vệ sinh', { feed: 'facts.hygienicLatrine' }),
    ]),
    c(13, 'Hệ thống chính trị', ['Chi bộ thôn và các đoàn thể hoàn thành tốt nhiệm vụ']),
    c(14, 'An ninh, trật tự', ['Thôn đạt tiêu chuẩn an toàn về an ninh, trật tự']),
  ],
);

/** A province's own copy of a template: `P<code>_<template id>`, its province code filled in. */
export function adoptCriteriaSet(template: CriteriaSet, provinceCode: string): CriteriaSet {
  return { ...template, id: `P${provinceCode}_${template.id.replace(/_TEMPLATE$/, '')}`, provinceCode };
}
