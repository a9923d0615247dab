import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { DomainError } from '../../common/errors/domain-error';
import type { RawRow } from './unit-import-row';

const REQUIRED_COLUMNS = ['code', 'name', 'type', 'parent_code'];
export const MAX_IMPORT_ROWS = 200_000;

/** Reads a CSV (UTF-8, comma or semicolon) or an .xlsx file (first sheet) into header-keyed rows. */
export async function readUnitFile(fileName: string, content: Buffer): Promise<RawRow[]> {
  const table = isXlsx(fileName, content) ? await readXlsx(content) : readCsv(content);
  const [header, ...body] = table;
  if (!header) throw rejected('the file is empty');
  const columns = header.map(normaliseHeader);
  const missing = REQUIRED_COLUMNS.filter((c) => !columns.includes(c));
  if (missing.length > 0) throw rejected(`missing column(s): ${missing.join(', ')}`);
  if (body.length > MAX_IMPORT_ROWS) throw rejected(`more than ${MAX_IMPORT_ROWS} rows`);
  return body
    .map((cells, index) => ({ row: index + 2, cells: Object.fromEntries(columns.map((c, i) => [c, cells[i] ?? ''])) }))
    .filter((raw) => Object.values(raw.cells).some((v) => v.trim() !== ''));
}

function isXlsx(fileName: string, content: Buffer): boolean {
  // .xlsx is a zip archive: "PK\x03\x04".
  return fileName.toLowerCase().endsWith('.xlsx') || content.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
}

function readCsv(content: Buffer): string[][] {
  const text = content.toString('utf8');
  const firstLine = text.split('\n', 1)[0] ?? '';
  const delimiter = firstLine.split(';').length > firstLine.split(',').length ? ';' : ',';
  try {
    return parse(text, { bom: true, delimiter, relax_column_count: true, skip_empty_lines: true }) as string[][];
  } catch (error) {
    throw rejected(`not a readable CSV file (${(error as Error).message})`);
  }
}

async function readXlsx(content: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(content as unknown as ArrayBuffer);
  } catch (error) {
    throw rejected(`not a readable .xlsx file (${(error as Error).message})`);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw rejected('the workbook has no sheet');
  const table: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = cell.text ?? '';
    });
    table.push(Array.from(cells, (c) => c ?? ''));
  });
  return table;
}

function normaliseHeader(header: string): string {
  return header
    .trim()
    .replace(/([a-z])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

function rejected(reason: string): DomainError {
  return new DomainError('IMPORT_REJECTED', `Cannot read the file: ${reason}`, [{ field: 'file', reason }]);
}
