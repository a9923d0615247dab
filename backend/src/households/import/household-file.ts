import { foldDiacritics } from '@ntm/shared';
import { type RawRow, readTableFile, type TableLayout } from '../../common/import/read-table-file';

/** The columns of a household file, one row per member: Vietnamese headers (accents optional),
 * or the English keys. */
export const HOUSEHOLD_COLUMNS = [
  { key: 'household_code', label: 'Mã hộ', aliases: ['ma ho'], required: true },
  { key: 'village_code', label: 'Mã thôn', aliases: ['ma thon'], required: true },
  { key: 'head_name', label: 'Chủ hộ', aliases: ['chu ho', 'ho ten chu ho'], required: false },
  { key: 'address', label: 'Địa chỉ', aliases: ['dia chi'], required: false },
  { key: 'full_name', label: 'Họ tên', aliases: ['ho ten', 'ho va ten'], required: true },
  { key: 'sex', label: 'Giới tính', aliases: ['gioi tinh'], required: true },
  { key: 'birth_date', label: 'Ngày sinh', aliases: ['ngay sinh'], required: true },
  { key: 'relation_to_head', label: 'Quan hệ với chủ hộ', aliases: ['quan he voi chu ho', 'quan he', 'relation'], required: true },
  { key: 'ethnicity', label: 'Dân tộc', aliases: ['dan toc'], required: true },
  { key: 'id_number', label: 'Số định danh', aliases: ['so dinh danh', 'so cccd', 'cccd'], required: false },
] as const;

export type HouseholdColumn = (typeof HOUSEHOLD_COLUMNS)[number]['key'];

export const HOUSEHOLD_HEADERS: readonly string[] = HOUSEHOLD_COLUMNS.map((c) => c.label);
export const LABEL_OF = Object.fromEntries(HOUSEHOLD_COLUMNS.map((c) => [c.key, c.label])) as Record<HouseholdColumn, string>;

const KEY_OF = new Map<string, string>(HOUSEHOLD_COLUMNS.flatMap((c) => [c.key, c.key.replaceAll('_', ' '), ...c.aliases].map((name) => [name, c.key])));

const HOUSEHOLD_FILE: TableLayout = {
  required: HOUSEHOLD_COLUMNS.filter((c) => c.required).map((c) => c.key),
  columnKey: (header) => {
    const folded = foldDiacritics(header.replace(/([a-z])([A-Z])/g, '$1 $2')).replaceAll('_', ' ');
    return KEY_OF.get(folded) ?? folded;
  },
  describe: (key) => LABEL_OF[key as HouseholdColumn] ?? key,
};

export function readHouseholdFile(fileName: string, content: Buffer): Promise<RawRow[]> {
  return readTableFile(fileName, content, HOUSEHOLD_FILE);
}

/** The template's example: one household of three, as a commune officer would type it. */
export const TEMPLATE_ROWS: readonly (readonly string[])[] = [
  ['01.001', '02839-01', 'Giàng Seo Pao', 'Thôn Na Lo', 'Giàng Seo Pao', 'Nam', '15/03/1978', 'Chủ hộ', "H'Mông", '010078001234'],
  ['01.001', '02839-01', '', '', 'Lù Thị Mai', 'Nữ', '02/09/1982', 'Vợ', "H'Mông", ''],
  ['01.001', '02839-01', '', '', 'Giàng Seo Chứ', 'Nam', '20/11/2008', 'Con', "H'Mông", ''],
];
