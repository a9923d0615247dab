import { NTM_REGIONS } from '../../units/ntm-region';
import type { ResidenceArea } from '../standard';
import type { ProxyScoringItem, ProxyScoringTable } from './proxy-score';

const both = (points: Readonly<Record<string, number>>): Readonly<Record<ResidenceArea, Readonly<Record<string, number>>>> => ({ rural: points, urban: points });
const YES = (points: number) => both({ yes: points });

/** Placeholder points: the official B1 tables of Circular 07/2021/TT-BLĐTBXH were not obtained.
 * Round numbers on purpose, so that nobody mistakes them for the official ones. */
const ITEMS: readonly ProxyScoringItem[] = [
  { fact: 'household_size', label: 'Số nhân khẩu', points: both({ '1': 30, '2': 25, '3': 20, '4': 15, '5': 10, '6+': 0 }) },
  { fact: 'durable_house', label: 'Nhà ở bền chắc', points: YES(15) },
  { fact: 'area_per_person', label: 'Diện tích nhà ở bình quân đầu người', points: both({ under_8: 0, '8_to_15': 5, '15_to_30': 10, '30_plus': 15 }) },
  { fact: 'clean_water', label: 'Dùng nước sạch', points: YES(5) },
  { fact: 'hygienic_latrine', label: 'Có nhà tiêu hợp vệ sinh', points: YES(10) },
  { fact: 'internet', label: 'Có thành viên sử dụng internet', points: YES(5) },
  { fact: 'tv', label: 'Có ti vi', points: YES(5) },
  { fact: 'computer', label: 'Có máy tính', points: YES(10) },
  { fact: 'motorbike', label: 'Có xe máy', points: YES(10) },
  { fact: 'fridge', label: 'Có tủ lạnh', points: YES(10) },
  { fact: 'washing_machine', label: 'Có máy giặt', points: YES(10) },
  { fact: 'air_conditioner', label: 'Có điều hòa nhiệt độ', points: YES(15) },
  { fact: 'water_heater', label: 'Có bình nóng lạnh', points: YES(10) },
  { fact: 'car', label: 'Có ô tô', points: YES(40) },
  { fact: 'cattle', label: 'Số trâu, bò, ngựa', points: both({ '0': 0, '1': 5, '2+': 10 }) },
];

/** The table used until an administrator stores the official ones; every number is to be confirmed. */
export const DEFAULT_PROXY_SCORING_TABLE: ProxyScoringTable = {
  id: 'B1_DEFAULT_TO_CONFIRM',
  title: 'Bảng điểm B1 tạm thời (chưa xác nhận)',
  standards: ['ND07_2022_2025', 'ND351_2027_2030'],
  regions: NTM_REGIONS,
  basis: 'Thông tư 07/2021/TT-BLĐTBXH, Phiếu B1 (bảng điểm chính thức chưa có, số liệu tạm)',
  status: 'to_confirm',
  base: { rural: 0, urban: 0 },
  items: ITEMS,
  thresholds: {
    rural: { incomeOnlyPoor: null, line: 80, averageUpper: 110 },
    urban: { incomeOnlyPoor: null, line: 90, averageUpper: 120 },
  },
};
