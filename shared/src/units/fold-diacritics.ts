/** Lower-case, strip Vietnamese diacritics and collapse spaces, so "lao cai" matches "Lào Cai".
 * đ/Đ are separate letters (not a base letter plus a mark), so NFD alone does not fold them. */
export function foldDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
