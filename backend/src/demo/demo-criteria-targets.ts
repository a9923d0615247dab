import type { TargetRequest } from '@ntm/shared';

type DemoTarget = Omit<TargetRequest, 'unitCode'>;
const PERIOD = { setId: 'QD318_NTM', fromYear: 2021, toYear: 2025 } as const;

/** The targets the Lào Cai directives set for 2021–2025 (every line of the domain note), and the
 * national programme's "about 65 % of communes NTM" for 2026–2030 applied to the province's xã. */
export function demoTargets(villageSets: { village: string; modelVillage: string }, communes: number): DemoTarget[] {
  return [
    { ...PERIOD, label: '94/127 xã đạt chuẩn nông thôn mới (74%)', metric: 'communes_at_level', parameter: 'ntm', baseline: 61, target: 94 },
    { ...PERIOD, label: '20 xã đạt chuẩn nông thôn mới nâng cao', metric: 'communes_at_level', parameter: 'advanced', baseline: null, target: 20 },
    { ...PERIOD, label: '9 xã đạt chuẩn nông thôn mới kiểu mẫu', metric: 'communes_at_level', parameter: 'model', baseline: null, target: 9 },
    { ...PERIOD, label: 'Bình quân 17,3 tiêu chí/xã', metric: 'average_criteria_met', parameter: null, baseline: 15.15, target: 17.3 },
    { ...PERIOD, label: 'Không còn xã dưới 10 tiêu chí', metric: 'communes_below_criteria', parameter: '10', baseline: null, target: 0 },
    { ...PERIOD, label: '96 xã đạt tiêu chí thu nhập', metric: 'communes_meeting_criterion', parameter: '10', baseline: null, target: 96 },
    { ...PERIOD, label: '96 xã đạt tiêu chí nghèo đa chiều', metric: 'communes_meeting_criterion', parameter: '11', baseline: null, target: 96 },
    { ...PERIOD, label: '115 xã đạt tiêu chí tổ chức sản xuất', metric: 'communes_meeting_criterion', parameter: '13', baseline: null, target: 115 },
    { ...PERIOD, setId: villageSets.village, label: '110 thôn đạt chuẩn nông thôn mới', metric: 'villages_at_level', parameter: 'ntm', baseline: null, target: 110 },
    // Counted on the thôn kiểu mẫu set the province adopted: a village meeting all of it is at level 'model'.
    { ...PERIOD, setId: villageSets.modelVillage, label: '90 thôn nông thôn mới kiểu mẫu', metric: 'villages_at_level', parameter: 'model', baseline: null, target: 90 },
    { setId: 'QD51_NTM', fromYear: 2026, toYear: 2030, label: 'Khoảng 65% số xã đạt chuẩn nông thôn mới', metric: 'communes_at_level', parameter: 'ntm', baseline: null, target: Math.round(communes * 0.65) },
  ];
}
