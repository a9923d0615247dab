/** 1500000 → "1.500.000": Vietnamese digit grouping, without relying on the runtime's locale data. */
export function groupDigits(value: number): string {
  const sign = value < 0 ? '-' : '';
  return sign + String(Math.abs(Math.round(value))).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

export function formatDong(value: number): string {
  return `${groupDigits(value)} đồng`;
}
