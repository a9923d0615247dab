import { FRAME_MATERIALS, ROOF_MATERIALS, WALL_MATERIALS } from '../../poverty/vocabulary/housing';
import { INFORMATION_DEVICES } from '../../poverty/vocabulary/information';
import { LATRINE_TYPES, WASTE_DISPOSAL, WATER_SOURCES } from '../../poverty/vocabulary/water-sanitation';
import { checklist, singleChoice, yesNo } from './elements';
import { reviewPage } from './screening-page';

const FROM_2027 = 'Chỉ số của Nghị định 351/2025/NĐ-CP, áp dụng từ kỳ rà soát năm 2027.';

export const HOUSING_PAGE = reviewPage('nha_o', 'Nhà ở', [
  singleChoice('dropdown', 'wall_material', 'Vật liệu chính của tường', WALL_MATERIALS),
  singleChoice('dropdown', 'frame_material', 'Vật liệu chính của cột (khung)', FRAME_MATERIALS),
  singleChoice('dropdown', 'roof_material', 'Vật liệu chính của mái', ROOF_MATERIALS),
  { type: 'text', name: 'floor_area', title: 'Tổng diện tích ở của hộ (m²)', inputType: 'number', min: 1, max: 10000, isRequired: true },
]);

export const WATER_SANITATION_PAGE = reviewPage('nuoc_ve_sinh', 'Nước sinh hoạt và vệ sinh', [
  singleChoice('dropdown', 'water_source', 'Nguồn nước sinh hoạt chính', WATER_SOURCES),
  singleChoice('dropdown', 'latrine_type', 'Loại nhà tiêu hộ đang sử dụng', LATRINE_TYPES),
  singleChoice('radiogroup', 'waste_disposal', 'Rác thải sinh hoạt của hộ', WASTE_DISPOSAL, { isRequired: false, description: FROM_2027 }),
]);

export const INFORMATION_PAGE = reviewPage('thong_tin', 'Tiếp cận thông tin', [
  yesNo('internet_use', 'Có thành viên sử dụng dịch vụ internet (di động hoặc cố định)'),
  checklist('info_devices', 'Hộ có phương tiện nào sau đây?', INFORMATION_DEVICES, 'Không có phương tiện nào'),
  yesNo('hears_loudspeaker', 'Hộ nghe được loa đài truyền thanh của xã, thôn', { visibleIf: "{info_devices} contains 'none'" }),
  yesNo('digital_services', 'Có thành viên sử dụng dịch vụ số (dịch vụ công trực tuyến, thanh toán điện tử…)', { isRequired: false, description: FROM_2027 }),
]);
