import { type RawRow, readTableFile, type TableLayout } from '../../common/import/read-table-file';

/** Unit files: English keys, in snake_case, camelCase or spaced ("Parent Code"). */
const UNIT_FILE: TableLayout = { required: ['code', 'name', 'type', 'parent_code'], columnKey: normaliseHeader };

export function readUnitFile(fileName: string, content: Buffer): Promise<RawRow[]> {
  return readTableFile(fileName, content, UNIT_FILE);
}

function normaliseHeader(header: string): string {
  return header
    .trim()
    .replace(/([a-z])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}
