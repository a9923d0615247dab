/** 1500000 → "1.500.000": Vietnamese digit grouping, without relying on the runtime's locale data. */
export function groupDigits(value: number): string {
  const sign = value < 0 ? '-' : '';
  return sign + String(Math.abs(Math.round(value))).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

export function formatDong(value: number): string {
  return `${groupDigits(value)} đồng`;
}

/** "Chuẩn nghèo …" → "chuẩn nghèo …", for a title used inside a sentence. */
export function lowerFirst(text: string): string {
  return text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);
}
