import type { Choice } from './choice';

/** Means of access to information (indicator 12 of Decree 07/2021); the form adds "none". */
export const INFORMATION_DEVICES = [
  { value: 'tv', text: 'Ti vi' },
  { value: 'radio', text: 'Radio' },
  { value: 'computer', text: 'Máy tính để bàn, máy tính xách tay' },
  { value: 'phone', text: 'Điện thoại' },
  { value: 'tablet', text: 'Máy tính bảng' },
] as const satisfies readonly Choice[];
export type InformationDevice = (typeof INFORMATION_DEVICES)[number]['value'];
